package dev.signalbox.ops;

import dev.signalbox.config.Profile;
import dev.signalbox.config.Secret;
import dev.signalbox.railway.Deployment;
import dev.signalbox.railway.RailwayClient;
import dev.signalbox.railway.RailwayException;
import dev.signalbox.railway.RailwayTarget;
import dev.signalbox.railway.VariableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Railway mutations as {@link GuardedAction}s for the {@link ActionGuard}: variable set/unset, the profile's toggles
 * (bypass, maintenance) on and off, restore a previous value, redeploy. Each one reads the state before, performs
 * once, and reads back after.
 */
public final class RailwayActions {
    private static final String AFTER_REDEPLOY = "The running deployment keeps the old value until a new deployment is live.";

    private final RailwayClient client;
    private final RailwayTarget target;
    private final Profile profile;

    public RailwayActions(RailwayClient client, RailwayTarget target, Profile profile) {
        this.client = client;
        this.target = target;
        this.profile = profile;
    }

    /** How a toggle is switched off. */
    public enum OffMode {
        /** variableDelete: Railway starts a deployment (it has no skipDeploys for deletes). */
        DELETE,
        /** Write the toggle's offValue and skip the deploy: nothing restarts until the next deployment. */
        OFF_VALUE_SKIP_DEPLOY,
        /** Write the toggle's offValue and let Railway deploy it. */
        OFF_VALUE_DEPLOY
    }

    /** True when the profile says this variable's value is not secret (a toggle, or a required variable marked so). */
    public boolean isPlain(String name) {
        for (Profile.ToggleVariable toggle : profile.toggles()) {
            if (toggle.name().equals(name)) {
                return true;
            }
        }
        for (Profile.RequiredVariable required : profile.requiredVariables()) {
            if (required.name().equals(name) && !required.secret()) {
                return true;
            }
        }
        return false;
    }

    private boolean isToggle(String name) {
        return profile.toggles().stream().anyMatch(toggle -> toggle.name().equals(name));
    }

    /** How a variable is named in audit records: profile / environment / service: NAME. */
    public String variableTarget(String name) {
        return where(name);
    }

    private String where(String name) {
        return profile.name() + " / " + profile.environment() + " / service " + target.serviceId() + ": " + name;
    }

    private AuditState state(String name, Optional<Secret> value) {
        AuditState.Builder state = AuditState.builder();
        if (isPlain(name)) {
            state.put(name, value.map(Secret::reveal).orElse(null));
        } else {
            state.secret(name, value.orElse(null));
        }
        return state.build();
    }

    private String shown(String name, Secret value) {
        return isPlain(name) ? "\"" + value.reveal() + "\"" : "a new value (hidden)";
    }

    /** Sets NAME to VALUE; with {@code skipDeploys} nothing restarts. */
    public GuardedAction<VariableChange> setVariable(String name, Secret value, boolean skipDeploys) {
        return new VariableWrite(name, Optional.of(value), skipDeploys, "railway.variable.set",
                "Set " + name + " to " + shown(name, value) + (skipDeploys ? " without a deploy" : " and let Railway deploy"));
    }

    /** Deletes NAME; Railway starts a deployment. */
    public GuardedAction<VariableChange> unsetVariable(String name) {
        return new VariableWrite(name, Optional.empty(), false, "railway.variable.unset",
                "Delete " + name + " (Railway starts a deployment)");
    }

    public GuardedAction<VariableChange> toggleOn(Profile.ToggleVariable toggle, boolean skipDeploys) {
        return toggleOn(toggle, skipDeploys, null);
    }

    /**
     * @param current what the toggle reads now as the caller last saw it ({@code Optional.empty()} for absent), so the
     *                confirmation shows before -> after; null when not known
     */
    public GuardedAction<VariableChange> toggleOn(Profile.ToggleVariable toggle, boolean skipDeploys, Optional<String> current) {
        return new VariableWrite(toggle.name(), Optional.of(Secret.of(toggle.onValue(), "toggle")), skipDeploys,
                "railway.toggle.on", toggleSummary(toggle, true, current, Optional.of(toggle.onValue()), !skipDeploys));
    }

    public GuardedAction<VariableChange> toggleOff(Profile.ToggleVariable toggle, OffMode mode) {
        return toggleOff(toggle, mode, null);
    }

    /** @param current as for {@link #toggleOn(Profile.ToggleVariable, boolean, Optional)} */
    public GuardedAction<VariableChange> toggleOff(Profile.ToggleVariable toggle, OffMode mode, Optional<String> current) {
        if (mode != OffMode.DELETE && toggle.offValue() == null) {
            throw new IllegalArgumentException("toggle " + toggle.name() + " has no offValue: it is switched off by deleting it");
        }
        if (mode == OffMode.DELETE) {
            return new VariableWrite(toggle.name(), Optional.empty(), false, "railway.toggle.off",
                    toggleSummary(toggle, false, current, Optional.empty(), true));
        }
        boolean skip = mode == OffMode.OFF_VALUE_SKIP_DEPLOY;
        return new VariableWrite(toggle.name(), Optional.of(Secret.of(toggle.offValue(), "toggle")), skip, "railway.toggle.off",
                toggleSummary(toggle, false, current, Optional.of(toggle.offValue()), !skip));
    }

    /** ON and OFF worded alike: "Switch maintenance toggle MAINTENANCE_MODE OFF: "true" -> absent (delete it), and let Railway deploy". */
    private static String toggleSummary(Profile.ToggleVariable toggle, boolean on, Optional<String> current, Optional<String> after,
                                        boolean deploys) {
        String before = current == null ? "" : current.map(v -> "\"" + v + "\"").orElse("absent") + " -> ";
        String to = after.map(v -> "\"" + v + "\"").orElse("absent (delete it)");
        return "Switch " + toggle.kind().name().toLowerCase(java.util.Locale.ROOT) + " toggle " + toggle.name() + (on ? " ON" : " OFF")
                + ": " + before + to + (deploys ? ", and let Railway deploy" + (after.isEmpty() ? " (a delete cannot skip it)" : "")
                : ", without a deploy");
    }

    /** Puts back what {@link VariableChange#previous()} recorded: the value, or the variable's absence. */
    public GuardedAction<VariableChange> restore(VariableChange change, boolean skipDeploys) {
        if (change.previous().isEmpty()) {
            return new VariableWrite(change.name(), Optional.empty(), false, "railway.variable.restore",
                    "Restore " + change.name() + " to absent (delete it; Railway starts a deployment)");
        }
        return new VariableWrite(change.name(), change.previous(), skipDeploys, "railway.variable.restore",
                "Restore " + change.name() + " to its previous value " + shown(change.name(), change.previous().get())
                        + (skipDeploys ? " without a deploy" : " and let Railway deploy"));
    }

    private final class VariableWrite implements GuardedAction<VariableChange> {
        private final String name;
        private final Optional<Secret> value;
        private final boolean skipDeploys;
        private final String action;
        private final String summary;
        private Optional<Secret> previous = Optional.empty();

        VariableWrite(String name, Optional<Secret> value, boolean skipDeploys, String action, String summary) {
            if (!name.matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
                throw new IllegalArgumentException("'" + name + "' is not a valid variable name (letters, digits, '_', '.', '-')");
            }
            this.name = name;
            this.value = value;
            this.skipDeploys = skipDeploys;
            this.action = action;
            this.summary = summary;
        }

        @Override
        public String action() {
            return action;
        }

        @Override
        public String target() {
            return where(name);
        }

        @Override
        public String summary() {
            return summary;
        }

        @Override
        public List<String> consequences() {
            List<String> consequences = new ArrayList<>();
            if (value.isEmpty() || !skipDeploys) {
                consequences.add("Railway starts a new deployment with this change; the service restarts when it is live.");
            } else {
                consequences.add("No deployment is started. " + AFTER_REDEPLOY + " Redeploy when ready.");
            }
            return consequences;
        }

        @Override
        public AuditState before() throws RailwayException, RunbookClaimedException {
            if (isToggle(name)) {
                // A colleague's runbook flips this toggle by itself; a hand-made write in between would fight it.
                RunbookClaim.checkToggleWrite(profile, name, Who.user());
            }
            previous = client.variables(target).get(name);
            return state(name, previous);
        }

        @Override
        public VariableChange perform() throws RailwayException {
            if (value.isPresent()) {
                client.upsertVariable(target, name, value.get(), skipDeploys);
            } else {
                client.deleteVariable(target, name);
            }
            return change();
        }

        private VariableChange change() {
            boolean deploys = value.isEmpty() ? previous.isPresent() : !skipDeploys;
            return new VariableChange(name, previous, value, deploys);
        }

        @Override
        public Optional<VariableChange> resultIfApplied() {
            return Optional.of(change());
        }

        @Override
        public Verification verify(VariableChange change) throws RailwayException {
            VariableSet now = client.variables(target);
            Optional<Secret> readBack = now.get(name);
            AuditState after = state(name, readBack);
            String deployNote = change.deployTriggered() ? " Railway is deploying it; " + AFTER_REDEPLOY
                    : " No deployment was started: " + AFTER_REDEPLOY;
            if (value.isEmpty()) {
                return readBack.isEmpty()
                        ? Verification.confirmed(after, name + " is deleted (read back)." + deployNote)
                        : Verification.mismatch(after, name + " is still present after the delete (read back).");
            }
            if (readBack.isEmpty()) {
                return Verification.mismatch(after, name + " is absent after the write (read back).");
            }
            if (!readBack.get().equals(value.get())) {
                return Verification.mismatch(after, name + " reads back " + (isPlain(name) ? "\"" + readBack.get().reveal()
                        + "\"" : "a different value") + " instead of " + shown(name, value.get())
                        + ": someone else may have changed it; check before acting again.");
            }
            return Verification.confirmed(after, name + " is " + shown(name, value.get()) + " (read back)." + deployNote);
        }
    }

    /**
     * Redeploys the service: {@code deploymentRedeploy} of the latest deployment when Railway allows it
     * ({@code canRedeploy}), otherwise {@code serviceInstanceDeployV2}. Returns the new deployment, to follow.
     */
    public GuardedAction<Deployment> redeploy() {
        return new GuardedAction<>() {
            private Deployment latest;

            @Override
            public String action() {
                return "railway.redeploy";
            }

            @Override
            public String target() {
                return profile.name() + " / " + profile.environment() + " / service " + target.serviceId();
            }

            @Override
            public String summary() {
                return "Redeploy the service (a new deployment with the current variables)";
            }

            @Override
            public List<String> consequences() {
                return List.of("The service restarts when the new deployment is live; if it fails, the current one keeps serving.");
            }

            @Override
            public AuditState before() throws RailwayException {
                latest = client.latestDeployment(target).orElse(null);
                return latest == null ? AuditState.of("latestDeployment", null)
                        : AuditState.builder().put("latestDeployment", latest.id()).put("status", latest.status().name()).build();
            }

            @Override
            public Deployment perform() throws RailwayException {
                if (latest != null && latest.canRedeploy()) {
                    return client.redeploy(latest.id());
                }
                return client.deployment(client.deployService(target));
            }

            @Override
            public Optional<Deployment> resultIfApplied() throws RailwayException {
                // A new deployment, if the redeploy took effect, is the latest now; else the latest is unchanged.
                return client.latestDeployment(target).or(() -> Optional.ofNullable(latest));
            }

            @Override
            public Verification verify(Deployment created) throws RailwayException {
                Deployment seen = client.deployment(created.id());
                AuditState after = AuditState.builder().put("deployment", seen.id()).put("status", seen.status().name()).build();
                if (latest != null && seen.id().equals(latest.id())) {
                    return Verification.mismatch(after, "Railway returned the old deployment, no new one was created.");
                }
                return Verification.confirmed(after, "Deployment " + seen.shortId() + " created (" + seen.status() + ").");
            }
        };
    }
}
