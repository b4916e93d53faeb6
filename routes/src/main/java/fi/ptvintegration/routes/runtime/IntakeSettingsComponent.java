package fi.ptvintegration.routes.runtime;

import fi.ptvintegration.routes.config.IntakeConfig;
import fi.ptvintegration.routes.processor.PatRecordValidationProcessor.ContentReviewMode;
import java.util.Arrays;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Publishes the intake settings of PID {@code fi.ptvintegration.intake} as a service; a change
 * of the file restarts the Camel context with the new credentials and limits.
 */
@Component(service = IntakeSettingsComponent.class, configurationPid = IntakeConfig.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = IntakeConfig.class)
public class IntakeSettingsComponent {

    private final List<String> apiKeys;
    private final String realm;
    private final String role;
    private final int maxBodyBytes;
    private final ContentReviewMode contentReview;

    @Activate
    public IntakeSettingsComponent(IntakeConfig config) {
        this.apiKeys = Arrays.stream(config.api_keys().split(",")).map(String::strip).filter(k -> !k.isEmpty()).toList();
        this.realm = config.basic_realm();
        this.role = config.basic_role();
        if (config.max_body_bytes() < 1024) {
            throw new IllegalArgumentException("max.body.bytes must be at least 1024, was " + config.max_body_bytes());
        }
        this.maxBodyBytes = config.max_body_bytes();
        this.contentReview = ContentReviewMode.fromConfig(config.content_review());
    }

    public List<String> apiKeys() {
        return apiKeys;
    }

    public String realm() {
        return realm;
    }

    public String role() {
        return role;
    }

    public int maxBodyBytes() {
        return maxBodyBytes;
    }

    public ContentReviewMode contentReview() {
        return contentReview;
    }
}
