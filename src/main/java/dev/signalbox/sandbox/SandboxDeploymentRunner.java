package dev.signalbox.sandbox;

import dev.signalbox.railway.simulator.DeploymentContext;
import dev.signalbox.railway.simulator.DeploymentRunner;
import dev.signalbox.railway.simulator.PhaseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Connects the Railway simulator to the sample service: a deploy (re)starts the service with its variables. */
final class SandboxDeploymentRunner implements DeploymentRunner {
    private final SampleService service;
    private String runningDeployment;
    private Map<String, String> runningVariables;

    SandboxDeploymentRunner(SampleService service) {
        this.service = service;
    }

    @Override
    public synchronized PhaseResult build(DeploymentContext context) {
        return PhaseResult.succeeded(
                "#1 [internal] load build definition from Dockerfile",
                "#5 [3/4] RUN pip install --no-cache-dir -r requirements.txt",
                "#6 [4/4] COPY . /app",
                "#7 exporting to image",
                "Build time: 41.2 seconds");
    }

    @Override
    public synchronized PhaseResult start(DeploymentContext context) {
        SampleService.StartResult result = service.start(context.variables());
        List<String> lines = new ArrayList<>();
        lines.add("Starting Container");
        lines.addAll(result.logLines());
        if (result.started()) {
            runningDeployment = context.deploymentId();
            runningVariables = context.variables();
            lines.add("Healthcheck succeeded!");
            return PhaseResult.succeeded(lines.toArray(String[]::new));
        }
        lines.add("Healthcheck failed!");
        if (runningVariables != null) {
            service.keepServing(runningVariables);
        }
        return PhaseResult.failed(lines.toArray(String[]::new));
    }

    @Override
    public synchronized void stop(DeploymentContext context) {
        if (context.deploymentId().equals(runningDeployment)) {
            service.stop();
            runningDeployment = null;
            runningVariables = null;
        }
    }
}
