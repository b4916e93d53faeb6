package fi.ptvintegration.routes.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.ptv.port.PtvApiException;
import fi.ptvintegration.routes.http.CallRefusal;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(60), false);

    private static CallRefusal refused(PtvApiException ptv) {
        return new CallRefusal(502, "ptv", "PTV said no", List.of(), ptv);
    }

    @Test
    void backoffDoublesWithJitterWithinHalfAndWholeAndIsCapped() {
        assertThat(policy.backoff(1, () -> 0.0)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.backoff(1, () -> 1.0)).isEqualTo(Duration.ofMillis(1000));
        assertThat(policy.backoff(3, () -> 0.0)).isEqualTo(Duration.ofMillis(2000));
        assertThat(policy.backoff(3, () -> 1.0)).isEqualTo(Duration.ofMillis(4000));
        assertThat(policy.backoff(30, () -> 1.0)).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.backoff(100, () -> 0.0)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void unreachableAnd5xxAreRetried() {
        RetryPolicy.Decision unreachable = policy.decide(refused(new PtvApiException("POST Service",
                new java.net.ConnectException("refused"))), 1, () -> 0.5);
        RetryPolicy.Decision unavailable = policy.decide(refused(new PtvApiException(503, "{}", "POST Service")), 2, () -> 0.5);

        assertThat(unreachable.retry()).isTrue();
        assertThat(unreachable.signature()).isEqualTo("PTV unreachable");
        assertThat(unreachable.ptvStatus()).isZero();
        assertThat(unreachable.delay()).isEqualTo(Duration.ofMillis(750));
        assertThat(unavailable.retry()).isTrue();
        assertThat(unavailable.signature()).isEqualTo("PTV 503");
        assertThat(unavailable.delay()).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void retryAfterIsHonouredWhenLongerThanTheBackoff() {
        PtvApiException busy = new PtvApiException(429, "", "PUT Service", Duration.ofSeconds(20), false);

        RetryPolicy.Decision decision = policy.decide(refused(busy), 1, () -> 1.0);

        assertThat(decision.retry()).isTrue();
        assertThat(decision.delay()).isEqualTo(Duration.ofSeconds(20));
        assertThat(decision.signature()).isEqualTo("PTV 429 too many requests");
        assertThat(PtvApiException.parseRetryAfter("7", java.time.Clock.systemUTC())).isEqualTo(Duration.ofSeconds(7));
        assertThat(PtvApiException.parseRetryAfter("soon", java.time.Clock.systemUTC())).isNull();
    }

    @Test
    void aPtv400IsNotRetriedAndIsGroupedByTheFieldsItNamed() {
        // As the v11 adapter explains PTV's 400: the refused fields, with PTV's names.
        PtvApiException bad = new PtvApiException(400, "{\"ServiceNames\":[\"x\"],\"ServiceDescriptions[0].Value\":[\"y\"]}", "POST")
                .explained(null, false, false, List.of(new PtvApiException.FieldError("names", "ServiceNames", "x"),
                        new PtvApiException.FieldError("description[0].Value", "ServiceDescriptions[0].Value", "y")));

        RetryPolicy.Decision decision = policy.decide(refused(bad), 1, () -> 0.5);

        assertThat(decision.retry()).isFalse();
        assertThat(decision.signature()).isEqualTo("PTV 400 ServiceDescriptions,ServiceNames");
        assertThat(decision.ptvStatus()).isEqualTo(400);
    }

    @Test
    void a401AfterANewLoginIsNotRetried() {
        RetryPolicy.Decision decision = policy.decide(refused(new PtvApiException(401, "", "POST", null, true)), 1, () -> 0.5);

        assertThat(decision.retry()).isFalse();
        assertThat(decision.signature()).isEqualTo("PTV 401 after re-login");
    }

    @Test
    void outOfAttemptsFailsWithTheLastCause() {
        RetryPolicy.Decision decision = policy.decide(refused(new PtvApiException(502, "", "POST")), 5, () -> 0.5);

        assertThat(decision.retry()).isFalse();
        assertThat(decision.signature()).isEqualTo("PTV 502");
        assertThat(decision.cause()).startsWith("gave up after 5 attempts");
    }

    @Test
    void aMissingReferenceWaitsOrFailsAsConfigured() {
        MissingReference missing = new MissingReference(RecordKind.ORGANIZATION, "turku-org", "responsibleOrganizationCode",
                "/cxf/ptv/organization");

        RetryPolicy.Decision failing = policy.decide(missing, 1, () -> 0.5);
        RetryPolicy.Decision waiting = new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(60), true)
                .decide(missing, 1, () -> 0.5);

        assertThat(failing.retry()).isFalse();
        assertThat(failing.signature()).isEqualTo("missing in PTV: organization");
        assertThat(waiting.retry()).isTrue();
        assertThat(waiting.signature()).isEqualTo("waiting for organization");
    }

    @Test
    void aDatabaseFailureIsRetriedAndAnythingUnexpectedIsNot() {
        assertThat(policy.decide(new RuntimeException(new SQLException("down")), 1, () -> 0.5).retry()).isTrue();
        RetryPolicy.Decision unexpected = policy.decide(new IllegalStateException("bug"), 1, () -> 0.5);
        assertThat(unexpected.retry()).isFalse();
        assertThat(unexpected.signature()).isEqualTo("internal error: IllegalStateException");
    }
    @Test
    void givenTheDatabaseRefusesAValueWhenDecidedThenItIsNotRetriedAndTheCauseKeepsTheDriversFirstLine() {
        SQLException tooLong = new SQLException("Value too long for column \"PUBLISHING_STATUS CHARACTER VARYING(20)\"\n"
                + "SQL statement: MERGE INTO ptv_item ...", "22001");

        RetryPolicy.Decision decision = policy.decide(new RuntimeException(tooLong), 1, () -> 0.5);

        assertThat(decision.retry()).as("the same value is refused again: no retry loop").isFalse();
        assertThat(decision.signature()).isEqualTo("database refused a value");
        assertThat(decision.cause()).contains("SQLState 22001").contains("Value too long for column").doesNotContain("SQL statement");
    }

    @Test
    void givenAFailureWhoseMessageCarriesASecretWhenDecidedThenTheCauseHasItRemoved() {
        SQLException login = new SQLException("Cannot create PoolableConnectionFactory (password=hunter2 refused)", "08001");

        RetryPolicy.Decision decision = policy.decide(login, 1, () -> 0.5);

        assertThat(decision.retry()).isTrue();
        assertThat(decision.cause()).contains("password=***").doesNotContain("hunter2");
    }

    @Test
    void onlyAnAttemptWithoutADefinitiveAnswerMayHaveSavedTheItemInPtv() {
        assertThat(policy.decide(refused(new PtvApiException("POST Service", new java.net.SocketTimeoutException())), 1, () -> 0.5)
                .ptvMayHaveSaved()).isTrue();
        assertThat(policy.decide(refused(new PtvApiException(500, "{}", "POST Service")), 1, () -> 0.5).ptvMayHaveSaved()).isTrue();
        assertThat(policy.decide(refused(new PtvApiException(503, "{}", "POST Service")), 1, () -> 0.5).ptvMayHaveSaved()).isFalse();
        assertThat(policy.decide(refused(new PtvApiException(429, "{}", "POST Service")), 1, () -> 0.5).ptvMayHaveSaved()).isFalse();
        assertThat(policy.decide(new SQLException("down", "08001"), 1, () -> 0.5).ptvMayHaveSaved()).isFalse();
    }
}
