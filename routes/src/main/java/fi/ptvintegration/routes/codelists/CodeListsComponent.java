package fi.ptvintegration.routes.codelists;

import fi.ptvintegration.ptv.http.PtvClientSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Publishes the code-list configuration of PID {@code fi.ptvintegration.codelists} as a service;
 * a change of the file restarts the Camel context with the new settings.
 */
@Component(service = CodeListsComponent.class, configurationPid = CodeListsConfig.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = CodeListsConfig.class)
public class CodeListsComponent {

    private final CodeListsConfig config;

    @Activate
    public CodeListsComponent(CodeListsConfig config) {
        this.config = config;
    }

    /** The settings, read from PTV's v11 API of {@code ptv} when no v12 gateway is configured. */
    public CodeListsSettings settings(PtvClientSettings ptv) {
        return CodeListsSettings.of(config, ptv);
    }
}
