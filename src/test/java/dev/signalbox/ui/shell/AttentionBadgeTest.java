package dev.signalbox.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The tray badge as a user sees it at tray size: the count in a red disc at the top right, the icon elsewhere. */
class AttentionBadgeTest {
    private static final int SIZE = 64;

    @Test
    void aCountIsDrawnInARedDiscAtTheTopRightAndLeavesTheRestOfTheIcon() throws Exception {
        BufferedImage icon = ImageIO.read(AttentionBadge.class.getResource("/icons/signalbox.png"));
        BufferedImage plain = AttentionBadge.badged(icon, 0, SIZE);
        BufferedImage three = AttentionBadge.badged(icon, 3, SIZE);

        // Inside the disc, right of the digit: the badge's red.
        int disc = SIZE * 5 / 8;
        assertThat(badgeRed(three.getRGB(SIZE - disc / 6, disc / 2))).isTrue();
        // The digit is drawn in white at the disc's centre.
        assertThat(countWhite(three, SIZE - disc, 0, disc)).isPositive();
        // Below the disc the icon is untouched.
        for (int x = 0; x < SIZE; x++) {
            for (int y = disc + 2; y < SIZE; y++) {
                assertThat(three.getRGB(x, y)).isEqualTo(plain.getRGB(x, y));
            }
        }
    }

    @Test
    void zeroClearsTheBadgeAndMoreThanNineReadsNinePlus() throws Exception {
        BufferedImage icon = ImageIO.read(AttentionBadge.class.getResource("/icons/signalbox.png"));
        BufferedImage plain = AttentionBadge.badged(icon, 0, SIZE);
        BufferedImage nine = AttentionBadge.badged(icon, 9, SIZE);
        BufferedImage many = AttentionBadge.badged(icon, 40, SIZE);
        int disc = SIZE * 5 / 8;
        assertThat(badgeRed(nine.getRGB(SIZE - disc / 6, disc / 2))).isTrue();
        assertThat(badgeRed(plain.getRGB(SIZE - disc / 6, disc / 2))).as("no disc for 0").isFalse();
        assertThat(plain.getRGB(SIZE - disc / 6, disc / 2)).isEqualTo(AttentionBadge.badged(icon, 0, SIZE).getRGB(SIZE - disc / 6, disc / 2));
        // "9+" is wider than "9": its white spans more columns of the disc.
        assertThat(whiteColumns(many, SIZE - disc, 0, disc)).isGreaterThan(whiteColumns(nine, SIZE - disc, 0, disc));
    }

    private static boolean badgeRed(int argb) {
        Color c = new Color(argb, true);
        return c.getAlpha() > 200 && c.getRed() > 180 && c.getGreen() < 80 && c.getBlue() < 80;
    }

    private static int whiteColumns(BufferedImage image, int x0, int y0, int size) {
        int margin = size / 5;
        int columns = 0;
        for (int x = x0 + margin; x < x0 + size - margin; x++) {
            for (int y = y0 + margin; y < y0 + size - margin; y++) {
                Color c = new Color(image.getRGB(x, y), true);
                if (c.getRed() > 230 && c.getGreen() > 230 && c.getBlue() > 230) {
                    columns++;
                    break;
                }
            }
        }
        return columns;
    }

    private static int countWhite(BufferedImage image, int x0, int y0, int size) {
        int white = 0;
        // The inner part of the disc only: its white outline is not the digit.
        int margin = size / 5;
        for (int x = x0 + margin; x < x0 + size - margin; x++) {
            for (int y = y0 + margin; y < y0 + size - margin; y++) {
                Color c = new Color(image.getRGB(x, y), true);
                if (c.getRed() > 230 && c.getGreen() > 230 && c.getBlue() > 230) {
                    white++;
                }
            }
        }
        return white;
    }
}
