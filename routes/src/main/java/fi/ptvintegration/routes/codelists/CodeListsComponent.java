package fi.ptvintegration.routes.codelists;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Publishes the code-list settings of PID {@code fi.ptvintegration.codelists} as a service; a
 * change of the file restarts the Camel context with the new settings.
 */
@Component(service = CodeListsComponent.class, configurationPid = CodeListsConfig.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = CodeListsConfig.class)
public class CodeListsComponent {

    private final CodeListsSettings settings;

    @Activate
    public CodeListsComponent(CodeListsConfig config) {
        this.settings = CodeListsSettings.of(config);
    }

    public CodeListsSettings settings() {
        return settings;
    }
}
