package dev.signalbox.railway.simulator;

/** A GraphQL error the simulator answers with, message verbatim (as Railway does: "Not Authorized", ...). */
final class SimulatedError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SimulatedError(String message) {
        super(message, null, false, false);
    }

    static SimulatedError notAuthorized() {
        return new SimulatedError("Not Authorized");
    }
}
