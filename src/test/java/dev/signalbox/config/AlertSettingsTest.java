package dev.signalbox.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The optional "alerts" section of a profile: defaults, and bad input reported with its position and field. */
class AlertSettingsTest {
    private final ProfileLoader loader = new ProfileLoader();

    private Profile parse(String alerts) throws ConfigException {
        return loader.parse("{\"name\":\"svc\",\"environment\":\"production\",\n\"alerts\": " + alerts + "}", "svc.json");
    }

    @Test
    void defaultsAlertOnEveryTriggerAfterTwoPolls() throws Exception {
        Profile.AlertSettings alerts = parse("{\"webhooks\":[{\"url\":\"env:SLACK_WEBHOOK_URL\"}]}").alerts();
        assertThat(alerts.holdPolls()).isEqualTo(2);
        assertThat(alerts.maxPerHour()).isEqualTo(30);
        assertThat(alerts.desktop()).isTrue();
        assertThat(alerts.webhooks().get(0).format()).isEqualTo(Profile.WebhookFormat.SLACK);
        assertThat(alerts.webhooks().get(0).name()).isEqualTo("slack");
        assertThat(alerts.triggers()).isEqualTo(Profile.AlertTriggers.DEFAULT);
        assertThat(loader.parse("{\"name\":\"svc\",\"environment\":\"production\"}", "x").alerts()).isNull();
    }

    @Test
    void aWebhookUrlWrittenInClearIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> parse("{\"webhooks\":[{\"url\":\"https://hooks.slack.com/services/T000/B000/XXXXSECRET\"}]}"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("svc.json:2")
                .hasMessageContaining("env:SLACK_WEBHOOK_URL")
                .hasMessageNotContaining("XXXXSECRET");
    }

    @Test
    void aMisspeltKeyIsNamedWithTheNearestOne() {
        assertThatThrownBy(() -> parse("{\"holdPoll\": 3}"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("alerts.holdPoll")
                .hasMessageContaining("did you mean 'holdPolls'");
        assertThatThrownBy(() -> parse("{\"webhooks\":[{\"url\":\"env:X\",\"format\":\"teams\"}]}"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("format");
    }

    @Test
    void theServerErrorRateTriggerIsAPercentWithItsFieldNamed() throws Exception {
        assertThat(parse("{\"triggers\":{\"serverErrorPercent\": 25}}").alerts().triggers().serverErrorPercent()).isEqualTo(25);
        assertThat(Profile.AlertTriggers.DEFAULT.serverErrorPercent()).isEqualTo(10);
        // Absent in a triggers object that is given: switched off, like the other thresholds.
        assertThat(parse("{\"triggers\":{\"lockWaitSeconds\": 5}}").alerts().triggers().serverErrorPercent()).isNull();
        assertThatThrownBy(() -> parse("{\"triggers\":{\"serverErrorPercent\": 0}}"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("svc.json:2")
                .hasMessageContaining("serverErrorPercent")
                .hasMessageContaining("between 1 and 100");
        assertThatThrownBy(() -> parse("{\"triggers\":{\"serverErrorPercent\": \"ten\"}}"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("serverErrorPercent");
    }

    @Test
    void aBadSubscriptionEndpointIsRefused() {
        assertThatThrownBy(() -> loader.parse("{\"name\":\"svc\",\"environment\":\"production\",\"railway\":{\"token\":\"env:T\","
                + "\"subscriptionEndpoint\":\"https://backboard.railway.com/graphql/v2\"}}", "svc.json"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("railway.subscriptionEndpoint")
                .hasMessageContaining("wss://");
    }
}
