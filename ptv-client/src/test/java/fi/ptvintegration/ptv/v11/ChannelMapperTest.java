package fi.ptvintegration.ptv.v11;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fi.ptvintegration.pat.model.EChannel;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.PhoneChannel;
import fi.ptvintegration.pat.model.PrintableFormChannel;
import fi.ptvintegration.pat.model.ServiceLocationChannel;
import fi.ptvintegration.pat.model.WebPageChannel;
import fi.ptvintegration.ptv.v11.generated.model.V10VmOpenApiPrintableFormChannelIn;
import fi.ptvintegration.ptv.v11.generated.model.V10VmOpenApiWebPageChannelIn;
import fi.ptvintegration.ptv.v11.generated.model.V11VmOpenApiElectronicChannelIn;
import fi.ptvintegration.ptv.v11.generated.model.V11VmOpenApiPhoneChannelIn;
import fi.ptvintegration.ptv.v11.generated.model.V11VmOpenApiServiceLocationChannelIn;
import fi.ptvintegration.ptv.v11.generated.model.V8VmOpenApiDailyOpeningTime;
import fi.ptvintegration.ptv.v11.generated.model.VmOpenApiLanguageItem;
import fi.ptvintegration.ptv.v11.generated.model.VmOpenApiLocalizedListItem;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class ChannelMapperTest {

    private static final String ORG = "7fdd7f84-e52a-4c17-a59a-d7c2a3095ed5";
    private final ChannelMapper mapper = new ChannelMapper();

    @Test
    void serviceLocationNamesAddressesHoursAndContacts() {
        V11VmOpenApiServiceLocationChannelIn ptv = mapper.serviceLocation(
                (ServiceLocationChannel) PatJson.example("servicelocation"), "turku-impivaara", ORG);

        assertThat(ptv.getSourceId()).isEqualTo("turku-impivaara");
        assertThat(ptv.getOrganizationId()).isEqualTo(ORG);
        assertThat(ptv.getPublishingStatus()).isEqualTo("Published");
        assertThat(ptv.getLanguages()).containsExactly("fi", "sv", "en");
        assertThat(ptv.getServiceChannelNames()).extracting(VmOpenApiLocalizedListItem::getLanguage, VmOpenApiLocalizedListItem::getType,
                VmOpenApiLocalizedListItem::getValue).containsExactly(tuple("fi", "Name", "Impivaaran uimahalli"),
                tuple("sv", "Name", "Impivaara simhall"), tuple("en", "Name", "Impivaara swimming hall"));
        assertThat(ptv.getDisplayNameType()).hasSize(3).allSatisfy(d -> assertThat(d.getType()).isEqualTo("Name"));
        assertThat(ptv.getServiceChannelDescriptions()).extracting(VmOpenApiLocalizedListItem::getType)
                .containsExactly("Summary", "Summary", "Summary", "Description", "Description", "Description");
        assertThat(ptv.getAreaType()).isEqualTo("Nationwide");
        assertThat(ptv.getAddresses()).singleElement().satisfies(a -> {
            assertThat(a.getType()).isEqualTo("Location");
            assertThat(a.getSubType()).isEqualTo("Street");
            assertThat(a.getStreetAddress().getPostalCode()).isEqualTo("20700");
            // WGS84 60.4562, 22.2921 in ETRS-TM35FIN (PROJ 9.1.1 cs2cs EPSG:4258 EPSG:3067: E 241177.8293, N 6711477.5819)
            assertThat(a.getStreetAddress().getLatitude()).isEqualTo("6711477.582");
            assertThat(a.getStreetAddress().getLongitude()).isEqualTo("241177.829");
            assertThat(a.getStreetAddress().getStreet()).extracting(VmOpenApiLanguageItem::getValue)
                    .containsExactly("Uimahallinpolku", "Simhallsstigen", "Uimahallinpolku");
        });
        assertThat(ptv.getPhoneNumbers()).extracting(p -> p.getLanguage() + ":" + p.getPrefixNumber() + p.getNumber())
                .containsExactly("fi:+35822623588", "sv:+35822623588");
        assertThat(ptv.getFaxNumbers()).singleElement().satisfies(f -> {
            assertThat(f.getLanguage()).isEqualTo("fi");
            assertThat(f.getPrefixNumber()).isEqualTo("+358");
            assertThat(f.getNumber()).isEqualTo("22623599");
            assertThat(f.getIsFinnishServiceNumber()).isFalse();
        });
        assertThat(ptv.getEmails()).extracting(VmOpenApiLanguageItem::getValue).containsExactly("impivaara@turku.fi");
        assertThat(ptv.getWebPages()).singleElement().satisfies(w -> assertThat(w.getUrl()).isEqualTo("https://www.turku.fi/impivaara"));
    }

    @Test
    void serviceHoursWithTheirTypeValidityAndOpeningTimesInOrder() {
        var hours = ChannelMapper.serviceHours(((ServiceLocationChannel) PatJson.example("servicelocation")).serviceHours());

        assertThat(hours).hasSize(3);
        assertThat(hours.get(0).getServiceHourType()).isEqualTo("DaysOfTheWeek");
        assertThat(hours.get(0).getValidFrom()).isEqualTo(OffsetDateTime.parse("2026-08-10T00:00:00Z"));
        assertThat(hours.get(0).getOpeningHour())
                .extracting(V8VmOpenApiDailyOpeningTime::getDayFrom, V8VmOpenApiDailyOpeningTime::getDayTo,
                        V8VmOpenApiDailyOpeningTime::getFrom, V8VmOpenApiDailyOpeningTime::getTo, V8VmOpenApiDailyOpeningTime::getOrder)
                .containsExactly(tuple("Monday", "Friday", "06:00", "21:00", 0), tuple("Saturday", "Sunday", "09:00", "18:00", 1));
        assertThat(hours.get(1).getServiceHourType()).isEqualTo("Exceptional");
        assertThat(hours.get(1).getIsClosed()).isTrue();
        assertThat(hours.get(1).getValidFrom()).isEqualTo(OffsetDateTime.parse("2026-12-24T00:00:00Z"));
        assertThat(hours.get(1).getValidTo()).isNull();
        assertThat(hours.get(1).getAdditionalInformation()).extracting(VmOpenApiLanguageItem::getLanguage, VmOpenApiLanguageItem::getValue)
                .containsExactly(tuple("fi", "Jouluaatto"), tuple("sv", "Julafton"), tuple("en", "Christmas Eve"));
    }

    @Test
    void givenExceptionalHoursWithoutWeekdaysWhenMappedThenTheOpeningTimesHaveNoDay() {
        var hours = ChannelMapper.serviceHours(((ServiceLocationChannel) PatJson.example("servicelocation")).serviceHours());

        assertThat(hours.get(2).getServiceHourType()).isEqualTo("Exceptional");
        assertThat(hours.get(2).getValidFrom()).isEqualTo(OffsetDateTime.parse("2026-12-27T00:00:00Z"));
        assertThat(hours.get(2).getValidTo()).isEqualTo(OffsetDateTime.parse("2026-12-31T00:00:00Z"));
        assertThat(hours.get(2).getIsClosed()).isFalse();
        assertThat(hours.get(2).getOpeningHour()).extracting(V8VmOpenApiDailyOpeningTime::getDayFrom, V8VmOpenApiDailyOpeningTime::getDayTo,
                V8VmOpenApiDailyOpeningTime::getFrom, V8VmOpenApiDailyOpeningTime::getTo).containsExactly(tuple(null, null, "09:00", "16:00"));
        assertThat(hours.get(2).getAdditionalInformation()).extracting(VmOpenApiLanguageItem::getLanguage)
                .containsExactly("fi", "sv", "en");
    }

    @Test
    void givenADisplayNameTypePerLanguageAndServiceLanguagesWhenMappedThenEachLanguageGetsItsOwn() throws Exception {
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) PatJson.mapper().valueToTree(PatJson.example("servicelocation"));
        tree.set("displayNameType", PatJson.mapper().createObjectNode().put("fi", "Name").put("sv", "AlternativeName"));
        tree.set("alternativeNames", PatJson.mapper().createObjectNode().put("sv", "Impis"));
        tree.set("serviceLanguages", PatJson.mapper().createArrayNode().add("fi").add("sv").add("ru"));
        var location = (ServiceLocationChannel) PatJson.mapper().treeToValue(tree, fi.ptvintegration.pat.model.PatRecord.class);

        V11VmOpenApiServiceLocationChannelIn ptv = mapper.serviceLocation(location, "l", ORG);

        assertThat(ptv.getDisplayNameType()).extracting(d -> d.getLanguage() + "=" + d.getType())
                .containsExactly("fi=Name", "sv=AlternativeName", "en=Name");
        assertThat(ptv.getServiceChannelNames()).extracting(VmOpenApiLocalizedListItem::getType, VmOpenApiLocalizedListItem::getValue)
                .contains(tuple("AlternativeName", "Impis"));
        assertThat(ptv.getLanguages()).containsExactly("fi", "sv", "ru");
    }

    @Test
    void phoneChannelNumbersCarryTheirType() {
        V11VmOpenApiPhoneChannelIn ptv = mapper.phone((PhoneChannel) PatJson.example("phone"), "p", ORG);

        assertThat(ptv.getServiceChannelNames()).extracting(VmOpenApiLanguageItem::getLanguage, VmOpenApiLanguageItem::getValue)
                .containsExactly(tuple("fi", "Liikuntaneuvonnan puhelinpalvelu"), tuple("sv", "Idrottsrådgivningens telefontjänst"));
        assertThat(ptv.getPhoneNumbers()).extracting(p -> p.getType() + "/" + p.getLanguage() + "/" + p.getNumber() + "/" + p.getServiceChargeType())
                .containsExactly("Phone/fi/22623500/Chargeable", "Phone/sv/22623500/Chargeable");
        assertThat(ptv.getPhoneNumbers().get(1).getChargeDescription()).isEqualTo("Lokalnät- eller mobilsamtalsavgift");
        assertThat(ptv.getServiceHours()).singleElement().satisfies(h -> assertThat(h.getOpeningHour()).hasSize(1));
    }

    @Test
    void eChannelAddressAuthenticationAndAccessibility() {
        V11VmOpenApiElectronicChannelIn ptv = mapper.echannel((EChannel) PatJson.example("echannel"), "e", ORG);

        assertThat(ptv.getWebPage()).extracting(VmOpenApiLanguageItem::getLanguage, VmOpenApiLanguageItem::getValue)
                .containsExactly(tuple("fi", "https://varaamo.turku.fi/fi"), tuple("en", "https://varaamo.turku.fi/en"));
        assertThat(ptv.getRequiresAuthentication()).isTrue();
        assertThat(ptv.getRequiresSignature()).isFalse();
        assertThat(ptv.getAccessibilityClassification()).extracting(a -> a.getLanguage() + "/" + a.getAccessibilityClassificationLevel()
                + "/" + a.getWcagLevel()).containsExactly("fi/PartiallyCompliant/LevelAA", "en/PartiallyCompliant/LevelAA");
        assertThat(ptv.getAccessibilityClassification().get(1).getAccessibilityStatementWebPage())
                .isEqualTo("https://varaamo.turku.fi/en/accessibility");
    }

    @Test
    void webPageAddressAndAccessibility() {
        V10VmOpenApiWebPageChannelIn ptv = mapper.webPage((WebPageChannel) PatJson.example("webpage"), "w", ORG);

        assertThat(ptv.getWebPage()).extracting(VmOpenApiLanguageItem::getValue)
                .containsExactly("https://www.turku.fi/uimahallit", "https://www.turku.fi/sv/simhallar");
        assertThat(ptv.getAccessibilityClassification()).extracting(a -> a.getAccessibilityClassificationLevel())
                .containsExactly("FullyCompliant", "FullyCompliant");
        assertThat(ptv.getLanguages()).containsExactly("fi", "sv");
    }

    @Test
    void printableFormUrlsIdentifierAndDeliveryAddress() {
        V10VmOpenApiPrintableFormChannelIn ptv = mapper.printableForm((PrintableFormChannel) PatJson.example("printableform"), "f", ORG);

        assertThat(ptv.getPublishingStatus()).isEqualTo("Draft");
        assertThat(ptv.getChannelUrls()).extracting(VmOpenApiLocalizedListItem::getLanguage, VmOpenApiLocalizedListItem::getType,
                VmOpenApiLocalizedListItem::getValue).containsExactly(
                tuple("fi", "PDF", "https://www.turku.fi/lomakkeet/lp-12-fi.pdf"), tuple("sv", "PDF", "https://www.turku.fi/lomakkeet/lp-12-sv.pdf"));
        assertThat(ptv.getFormIdentifier()).extracting(VmOpenApiLanguageItem::getValue).containsExactly("LP-12", "LP-12");
        assertThat(ptv.getDeliveryAddresses()).singleElement().satisfies(d -> {
            assertThat(d.getSubType()).isEqualTo("PostOfficeBox");
            assertThat(d.getFormReceiver()).extracting(VmOpenApiLanguageItem::getLanguage, VmOpenApiLanguageItem::getValue)
                    .containsExactly(tuple("fi", "Liikuntapalvelut, vuorovaraukset"), tuple("sv", "Idrottstjänster, turbokningar"));
            assertThat(d.getPostOfficeBoxAddress().getPostOfficeBox()).extracting(VmOpenApiLanguageItem::getValue).containsExactly("PL 355", "PB 355");
            assertThat(d.getPostOfficeBoxAddress().getPostalCode()).isEqualTo("20101");
            assertThat(d.getDeliveryAddressInText()).isEmpty();
        });
    }

    @Test
    void givenAFormDeliveredToAnAddressToldAsTextWhenMappedThenPtvGetsNoAddressWithTheText() throws Exception {
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) PatJson.mapper().valueToTree(PatJson.example("printableform"));
        tree.set("deliveryAddress", PatJson.mapper().createObjectNode().put("subType", "NoAddress")
                .set("addressText", PatJson.mapper().createObjectNode().put("fi", "Palauta päiväkotiin.").put("sv", "Lämna till daghemmet.")));
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("formUrls").get(0)).put("url", "https://www.vaasa.fi/lomakkeet/hakemus päivähoitoon.pdf");
        var form = (PrintableFormChannel) PatJson.mapper().treeToValue(tree, fi.ptvintegration.pat.model.PatRecord.class);

        V10VmOpenApiPrintableFormChannelIn ptv = mapper.printableForm(form, "f", ORG);

        assertThat(ptv.getDeliveryAddresses()).singleElement().satisfies(d -> {
            assertThat(d.getSubType()).isEqualTo("NoAddress");
            assertThat(d.getDeliveryAddressInText()).extracting(VmOpenApiLanguageItem::getLanguage, VmOpenApiLanguageItem::getValue)
                    .containsExactly(tuple("fi", "Palauta päiväkotiin."), tuple("sv", "Lämna till daghemmet."));
            assertThat(d.getStreetAddress()).isNull();
            assertThat(d.getPostOfficeBoxAddress()).isNull();
            assertThat(d.getFormReceiver()).isEmpty();
        });
        assertThat(ptv.getChannelUrls().get(0).getValue()).isEqualTo("https://www.vaasa.fi/lomakkeet/hakemus%20p%C3%A4iv%C3%A4hoitoon.pdf");
    }

    @Test
    void givenSupportPhonesWhenMappedThenTheyCarryNoType() throws Exception {
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) PatJson.mapper().valueToTree(PatJson.example("webpage"));
        tree.withArray("supportPhones").addObject().put("language", "sv").put("prefix", "+358").put("number", "22623500")
                .put("chargeType", "FreeOfCharge");
        var page = (WebPageChannel) PatJson.mapper().treeToValue(tree, fi.ptvintegration.pat.model.PatRecord.class);

        var json = new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(mapper.webPage(page, "w", ORG));

        assertThat(json.get("supportPhones")).singleElement().satisfies(p -> {
            assertThat(p.has("type")).isFalse();
            assertThat(p.get("language").asText()).isEqualTo("sv");
            assertThat(p.get("serviceChargeType").asText()).isEqualTo("FreeOfCharge");
        });
    }
}
