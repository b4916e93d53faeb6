package fi.ptvintegration.routes;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The house plan of this module, checked on the compiled classes: each flow (intake, push,
 * delivery, ops, health, apidocs, retention, adopt, drift, ...) keeps its route, steps and types in its package;
 * the shared packages (http, store, ptv, support, config, tenant) are used by flows and never use them;
 * only the composition root ({@code runtime}) knows every package; and no two packages depend
 * on each other in a cycle. A change that breaks the plan fails here, naming the dependency.
 */
class HousePlanTest {

    /** The shared packages; every other package of the module but {@code runtime} is a flow. */
    private static final String[] SHARED = {"fi.ptvintegration.routes.http..", "fi.ptvintegration.routes.store..",
        "fi.ptvintegration.routes.ptv..", "fi.ptvintegration.routes.support..", "fi.ptvintegration.routes.config..",
        "fi.ptvintegration.routes.tenant.."};

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fi.ptvintegration.routes");

    @Test
    void noPackagesDependOnEachOtherInACycle() {
        slices().matching("fi.ptvintegration.routes.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void sharedPackagesUseNothingOfTheModuleButSharedPackages() {
        classes().that().resideInAnyPackage(SHARED)
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("fi.ptvintegration.routes..").or(resideInAnyPackage(SHARED)))
                .check(classes);
    }

    @Test
    void onlyTheCompositionRootUsesTheCompositionRoot() {
        noClasses().that().resideOutsideOfPackage("fi.ptvintegration.routes.runtime..")
                .should().dependOnClassesThat().resideInAPackage("fi.ptvintegration.routes.runtime..")
                .check(classes);
    }

    @Test
    void generatedPtvTypesStayBehindThePort() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("fi.ptvintegration.ptv.v11..", "fi.ptvintegration.ptv.v12..")
                .check(classes);
    }
}
