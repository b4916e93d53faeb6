package fi.ptvintegration.routes;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The house plan of this module, checked on the compiled classes: each flow (intake, push,
 * delivery, ops, health, apidocs, retention, status, sync) keeps its route, steps and types in its package;
 * the shared packages (http, store, ptv, support, config) are used by flows and never use them;
 * only the composition root ({@code runtime}) knows every package; and no two packages depend
 * on each other in a cycle. A change that breaks the plan fails here, naming the dependency.
 */
class HousePlanTest {

    private static final String[] FLOWS = {"..routes.intake..", "..routes.push..", "..routes.delivery..", "..routes.ops..",
        "..routes.health..", "..routes.apidocs..", "..routes.retention..", "..routes.status..", "..routes.sync.."};
    private static final String[] SHARED = {"..routes.http..", "..routes.store..", "..routes.ptv..", "..routes.support..",
        "..routes.config.."};

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fi.ptvintegration.routes");

    @Test
    void noPackagesDependOnEachOtherInACycle() {
        slices().matching("fi.ptvintegration.routes.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void sharedPackagesNeverUseAFlowOrTheCompositionRoot() {
        noClasses().that().resideInAnyPackage(SHARED)
                .should().dependOnClassesThat().resideInAnyPackage(FLOWS)
                .orShould().dependOnClassesThat().resideInAPackage("..routes.runtime..")
                .check(classes);
    }

    @Test
    void flowsNeverUseTheCompositionRoot() {
        noClasses().that().resideInAnyPackage(FLOWS)
                .should().dependOnClassesThat().resideInAPackage("..routes.runtime..")
                .check(classes);
    }

    @Test
    void generatedPtvTypesStayBehindThePort() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("fi.ptvintegration.ptv.v11..", "fi.ptvintegration.ptv.v12..")
                .check(classes);
    }
}
