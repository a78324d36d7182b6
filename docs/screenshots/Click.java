public class Click {
    public static void main(String[] a) throws Exception {
        java.awt.Robot r = new java.awt.Robot();
        r.mouseMove(Integer.parseInt(a[0]), Integer.parseInt(a[1]));
        r.delay(200);
        r.mousePress(java.awt.event.InputEvent.BUTTON1_DOWN_MASK);
        r.mouseRelease(java.awt.event.InputEvent.BUTTON1_DOWN_MASK);
        r.delay(200);
        if (a.length > 2) { r.mouseMove(Integer.parseInt(a[2]), Integer.parseInt(a[3])); }
    }
}
