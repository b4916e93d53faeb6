package fi.ptvintegration.routes.runtime;

import fi.ptvintegration.routes.config.IntakeConfig;
import fi.ptvintegration.routes.intake.PatRecordValidationProcessor.ContentReviewMode;
import java.util.Arrays;
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

    private final ApplicationSettings.Intake settings;

    @Activate
    public IntakeSettingsComponent(IntakeConfig config) {
        this.settings = new ApplicationSettings.Intake(
                Arrays.stream(config.api_keys().split(",")).map(String::strip).filter(k -> !k.isEmpty()).toList(),
                config.basic_realm(), config.basic_role(), config.max_body_bytes(),
                ContentReviewMode.fromConfig(config.content_review()));
    }

    public ApplicationSettings.Intake settings() {
        return settings;
    }
}
