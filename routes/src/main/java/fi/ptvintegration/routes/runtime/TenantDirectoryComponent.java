package fi.ptvintegration.routes.runtime;

import fi.ptvintegration.routes.tenant.TenantDirectory;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the node's {@link TenantDirectory} up to date as tenants are configured, changed and
 * removed: the directory is one object the application holds for its whole life, so a change of
 * tenants needs no restart of the routes.
 */
@Component(service = TenantDirectoryComponent.class, immediate = true)
public class TenantDirectoryComponent {

    private static final Logger LOG = LoggerFactory.getLogger(TenantDirectoryComponent.class);

    private final TenantDirectory directory = new TenantDirectory();
    private final List<TenantComponent> tenants = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindTenant(TenantComponent tenant) {
        tenants.add(tenant);
        refresh("added " + tenant.tenant().name());
    }

    void unbindTenant(TenantComponent tenant) {
        tenants.remove(tenant);
        refresh("removed " + tenant.tenant().name());
    }

    public TenantDirectory directory() {
        return directory;
    }

    private void refresh(String change) {
        directory.replace(tenants.stream().map(TenantComponent::tenant).toList());
        LOG.info("Tenants {}: now {}", change, directory.all().stream().map(t -> t.name() + " " + t.organizations()).toList());
    }
}
