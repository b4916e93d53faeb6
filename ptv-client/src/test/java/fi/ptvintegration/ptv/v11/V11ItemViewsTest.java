package fi.ptvintegration.ptv.v11;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.ptv.port.PtvItemView;
import fi.ptvintegration.ptv.port.PtvItemViews;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link V11ItemViews} on every recorded PTV answer (v8, v9, v11): what each answer holds is in
 * its view, under the path of its type and language, whatever order PTV listed it in; then field
 * by field on one answer of each kind; then the shapes PTV or the spec also use, normalisation,
 * and answers that are not items.
 */
class V11ItemViewsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VAASA = "7fdd7f84-e52a-4c17-a59a-d7c2a3095ed5";
    private static final String OTAVIA = "df0c2f24-d2bd-4ba7-bdcd-fcfc9f0d65a7";
    private static final String MIKKELI = "cd8efa0a-44f3-4748-a667-6402242e327d";
    private static final Map<String, RecordKind> FOLDERS = Map.of("EChannel", RecordKind.ECHANNEL, "Phone", RecordKind.PHONE,
            "ServiceLocation", RecordKind.SERVICE_LOCATION, "PrintableForm", RecordKind.PRINTABLE_FORM, "WebPage", RecordKind.WEB_PAGE);

    static Stream<String> everySample() throws IOException, URISyntaxException {
        Path root = Path.of(V11ItemViewsTest.class.getResource(V11ClientReadsTest.SAMPLES).toURI());
        List<String> files = new ArrayList<>();
        for (String version : List.of("v8", "v9", "v11")) {
            try (Stream<Path> paths = Files.walk(root.resolve(version))) {
                paths.filter(p -> p.toString().endsWith(".json")).map(p -> root.relativize(p).toString().replace('\\', '/'))
                        .sorted().forEach(files::add);
            }
        }
        return files.stream();
    }

    private static JsonNode read(String sample) throws IOException {
        return JSON.readTree(V11ClientReadsTest.sample(sample));
    }

    private static RecordKind kindOf(String sample) {
        String[] parts = sample.split("/");
        return switch (parts[1]) {
            case "organizations" -> RecordKind.ORGANIZATION;
            case "services" -> RecordKind.SERVICE;
            default -> FOLDERS.get(parts[2]);
        };
    }

    private static PtvItemView view(String sample) throws Exception {
        return V11ItemViews.view(kindOf(sample).namespace(), read(sample));
    }

    @ParameterizedTest
    @MethodSource("everySample")
    void givenARecordedAnswerWhenViewedThenItsIdentityStatusTimeAndOwnerAreTheAnswers(String sample) throws Exception {
        JsonNode answer = read(sample);

        PtvItemView view = view(sample);

        assertThat(view.kind()).isEqualTo(kindOf(sample));
        assertThat(view.ptvId()).isEqualTo(answer.get("id").asText()).isEqualTo(sample.replaceAll(".*/|\\.json", ""));
        assertThat(view.publishingStatus()).isEqualTo(answer.get("publishingStatus").asText());
        assertThat(view.modified()).isEqualTo(expectedModified(answer.get("modified").asText()));
        assertThat(view.organizationId()).isEqualTo(switch (view.kind()) {
            case ORGANIZATION -> answer.get("parentOrganizationId").isNull() ? null : answer.get("parentOrganizationId").asText();
            case SERVICE -> sample.startsWith("v11/") ? OTAVIA : VAASA;
            default -> answer.get("organizationId").asText();
        });
        assertThat(view.sourceId()).isNull();
        assertThat(view.displayName()).isNotBlank();
    }

    private static OffsetDateTime expectedModified(String text) {
        return text.endsWith("Z") ? OffsetDateTime.parse(text) : OffsetDateTime.parse(text + "Z");
    }

    @ParameterizedTest
    @MethodSource("everySample")
    void givenARecordedAnswerWhenViewedThenEveryNameDescriptionLanguageAndContactItHoldsIsInTheView(String sample) throws Exception {
        JsonNode answer = read(sample);

        Map<String, String> fields = view(sample).fields();

        int checked = 0;
        for (String names : List.of("organizationNames", "serviceNames", "serviceChannelNames")) {
            for (JsonNode name : answer.path(names)) {
                if (!name.path("value").asText("").isBlank()) {
                    assertThat(fields).as("%s: %s", sample, name).containsEntry(
                            "names." + name.path("type").asText("Name") + "." + name.get("language").asText(), name.get("value").asText().strip());
                    checked++;
                }
            }
        }
        for (String descriptions : List.of("organizationDescriptions", "serviceDescriptions", "serviceChannelDescriptions")) {
            for (JsonNode description : answer.path(descriptions)) {
                if (!description.path("value").asText("").isBlank()) {
                    assertThat(fields).as("%s: %s", sample, description).containsEntry("descriptions." + description.get("type").asText()
                            + "." + description.get("language").asText(), description.get("value").asText().replace("\r\n", "\n").strip());
                    checked++;
                }
            }
        }
        for (JsonNode language : answer.path("languages")) {
            assertThat(fields).containsEntry("languages[" + language.asText() + "]", language.asText());
        }
        for (String emails : List.of("emails", "supportEmails")) {
            for (JsonNode email : answer.path(emails)) {
                if (!email.path("value").asText("").isBlank()) {
                    assertThat(fields.keySet()).as("%s: %s", sample, email)
                            .anyMatch(path -> path.endsWith("mails." + email.get("language").asText() + "[" + email.get("value").asText() + "]"));
                    checked++;
                }
            }
        }
        for (String phones : List.of("phoneNumbers", "supportPhones")) {
            for (JsonNode phone : answer.path(phones)) {
                if (!phone.path("number").asText("").isBlank()) {
                    String number = (phone.path("isFinnishServiceNumber").asBoolean() ? "" : phone.path("prefixNumber").asText(""))
                            + phone.get("number").asText();
                    assertThat(fields).as("%s: %s", sample, phone)
                            .containsEntry(phones + "." + phone.get("language").asText() + "[" + number + "]", number);
                    checked++;
                }
            }
        }
        for (JsonNode area : answer.path("areas")) {
            List<String> codes = new ArrayList<>();
            if (!area.path("code").isNull() && area.has("code")) {
                codes.add(area.get("code").asText());
            } else {
                area.path("municipalities").forEach(m -> codes.add(m.get("code").asText()));
            }
            for (String code : codes) {
                assertThat(fields).containsEntry("areas[" + area.get("type").asText() + ":" + code + "]", code);
                checked++;
            }
        }
        assertThat(checked).as("%s holds texts and contacts to check", sample).isPositive();
    }

    @ParameterizedTest
    @MethodSource("everySample")
    void givenARecordedAnswerWithEveryListReversedWhenViewedThenTheViewIsTheSame(String sample) throws Exception {
        JsonNode reversed = reversed(read(sample));

        PtvItemView view = V11ItemViews.view(kindOf(sample).namespace(), reversed);

        assertThat(view.fields()).isEqualTo(view(sample).fields());
        assertThat(PtvItemViews.contentHash(view)).isEqualTo(PtvItemViews.contentHash(view(sample)));
    }

    private static JsonNode reversed(JsonNode node) {
        if (node instanceof ArrayNode array) {
            ArrayNode copy = JSON.createArrayNode();
            for (int i = array.size() - 1; i >= 0; i--) {
                copy.add(reversed(array.get(i)));
            }
            return copy;
        }
        if (node instanceof ObjectNode object) {
            ObjectNode copy = JSON.createObjectNode();
            object.fields().forEachRemaining(field -> copy.set(field.getKey(), reversed(field.getValue())));
            return copy;
        }
        return node;
    }

    @Test
    void givenTheV11ServiceWhenViewedThenItsFieldsAreThoseThisSystemSendsByTypeAndLanguage() throws Exception {
        PtvItemView view = view("v11/services/3668d250-cd80-45c4-abcc-9b2d3a2b3e42.json");

        assertThat(view.fields()).contains(
                entry("names.Name.fi", "Nettilukio aikuisille"),
                entry("names.AlternativeName.fi", "Etälukio"),
                entry("descriptions.Summary.fi", "Aikuislukio verkko-opintoina."),
                entry("type", "Service"),
                entry("fundingType", "PubliclyFunded"),
                entry("chargeType", "FreeOfCharge"),
                entry("areaType", "Nationwide"),
                entry("languages[fi]", "fi"),
                entry("keywords.fi[etäopetus]", "etäopetus"),
                entry("requirements.fi", "Nettilukio on aikuislukio ja hakijan tulee olla vähintään 18-vuotias."),
                entry("serviceClasses[http://urn.fi/URN:NBN:fi:au:ptvl:v1070]", "http://urn.fi/URN:NBN:fi:au:ptvl:v1070"),
                entry("targetGroups[http://urn.fi/URN:NBN:fi:au:ptvl:v2001]", "http://urn.fi/URN:NBN:fi:au:ptvl:v2001"),
                entry("ontologyTerms[http://www.yso.fi/onto/koko/p10838]", "http://www.yso.fi/onto/koko/p10838"),
                entry("otherResponsibleOrganizations[" + MIKKELI + "]", MIKKELI),
                entry("producers[SelfProducedServices:" + MIKKELI + "]", MIKKELI),
                entry("producers[SelfProducedServices:" + OTAVIA + "]", OTAVIA));
        assertThat(view.fields().get("descriptions.UserInstruction.fi")).startsWith("Hae Nettilukioon").endsWith("perusopetuksen päättötodistuksen.");
        assertThat(view.organizationId()).as("the Responsible organisation, not the other responsible one").isEqualTo(OTAVIA);
        assertThat(view.fields()).as("texts PTV answers as null are not content").doesNotContainKeys(
                "descriptions.ValidityTime.fi", "descriptions.DeadLine.fi");
        assertThat(view.fields().keySet()).as("connections and collections are not the item's content")
                .noneMatch(path -> path.contains("serviceChannels") || path.contains("serviceCollections"));
        assertThat(view.fields().keySet().stream().filter(p -> p.startsWith("keywords."))).hasSize(6);
        assertThat(view.fields().keySet().stream().filter(p -> p.startsWith("serviceClasses["))).hasSize(4);
        assertThat(view.fields().keySet().stream().filter(p -> p.startsWith("ontologyTerms["))).hasSize(10);
        assertThat(view.modified()).isEqualTo(OffsetDateTime.parse("2020-04-22T09:35:58.293984Z"));
    }

    @Test
    void givenTheV11ServiceLocationWhenViewedThenAddressHoursAndContactsAreNormalised() throws Exception {
        PtvItemView view = view("v11/servicechannels/ServiceLocation/961f1a02-0eb7-4b5d-9721-6b9f2d14ec6f.json");

        assertThat(view.kind()).isEqualTo(RecordKind.SERVICE_LOCATION);
        assertThat(view.organizationId()).isEqualTo(OTAVIA);
        assertThat(view.fields()).contains(
                entry("names.Name.fi", "Otavan Opisto / Otavia"),
                entry("displayNameType.fi", "Name"),
                entry("addresses[Location:Single].street.fi", "Otavantie"),
                entry("addresses[Location:Single].street.smn", "Otavantie"),
                entry("addresses[Location:Single].streetNumber", "2 B"),
                entry("addresses[Location:Single].postalCode", "50670"),
                entry("addresses[Location:Single].municipality", "491"),
                entry("addresses[Location:Single].latitude", "6834688"),
                entry("addresses[Location:Single].longitude", "503879"),
                entry("addresses[Location:Single].country", "FI"),
                entry("areaType", "LimitedType"),
                entry("areas[Municipality:491]", "491"),
                entry("emails.fi[info@otavia.fi]", "info@otavia.fi"),
                entry("phoneNumbers.fi[+358447943552]", "+358447943552"),
                entry("phoneNumbers.fi[+358447943552].type", "Phone"),
                entry("phoneNumbers.fi[+358447943552].chargeType", "Chargeable"),
                entry("phoneNumbers.fi[+358447943552].additionalInformation", "Opintoasiainvastaava"),
                entry("webPages.fi[http://www.otavanopisto.fi/]", "http://www.otavanopisto.fi/"),
                entry("webPages.fi[http://www.otavanopisto.fi/].name", "Otavan Opiston verkkosivut"),
                entry("serviceHours[DaysOfTheWeek].openingHours[Monday]", "Monday"),
                entry("serviceHours[DaysOfTheWeek].openingHours[Monday].opens", "08:00"),
                entry("serviceHours[DaysOfTheWeek].openingHours[Monday].closes", "16:00"));
        assertThat(view.fields()).as("derived or not sent by this system").doesNotContainKeys(
                "addresses[Location:Single].postOffice.fi", "serviceHours[DaysOfTheWeek].validForNow",
                "serviceHours[DaysOfTheWeek].isClosed", "serviceHours[DaysOfTheWeek].openingHours[Monday].dayTo");
        assertThat(view.fields().keySet()).noneMatch(path -> path.contains("entrance") || path.contains("ontologyTerms"));
    }

    @Test
    void givenTheV8OrganisationWhenViewedThenItsContactsAndAddressAreKeyedByLanguage() throws Exception {
        PtvItemView view = view("v8/organizations/7fdd7f84-e52a-4c17-a59a-d7c2a3095ed5.json");

        assertThat(view.kind()).isEqualTo(RecordKind.ORGANIZATION);
        assertThat(view.organizationId()).as("a top-level organisation has no parent").isNull();
        assertThat(view.fields()).contains(
                entry("organizationType", "Municipality"),
                entry("businessCode", "0209602-6"),
                entry("municipality", "905"),
                entry("names.Name.sv", "Vasa stad"),
                entry("displayNameType.fi", "Name"),
                entry("phoneNumbers.sv[+35863251111].additionalInformation", "Telefonväxeln"),
                entry("webPages.en[https://www.vaasa.fi/en].name", "City of Vaasa"),
                entry("addresses[Visiting:Street].street.sv", "Vasaesplanaden"),
                entry("addresses[Visiting:Street].streetNumber", "10"),
                entry("addresses[Visiting:Street].postalCode", "65100"));
        assertThat(view.fields()).as("an empty oid and absent areas are no fields").doesNotContainKeys("oid", "areaType");
    }

    @Test
    void givenTheV9EChannelWhenViewedThenItsUrlsAuthenticationAndV9AccessibilityAreRead() throws Exception {
        PtvItemView view = view("v9/servicechannels/EChannel/2f648147-a615-4d31-b251-f4fbe3a26ee4.json");

        assertThat(view.fields()).contains(
                entry("urls.fi", "https://wilma.vaasa.fi/"),
                entry("urls.sv", "https://wilma.vaasa.fi/?langid=2"),
                entry("requiresAuthentication", "true"),
                entry("accessibility.en.statementUrl", "https://www.example.com"),
                entry("accessibility.en.statementName", "value"));
        assertThat(view.fields()).as("false and 0 are no content").doesNotContainKeys("requiresSignature", "signatureQuantity");
        assertThat(view.fields().keySet()).noneMatch(path -> path.startsWith("webPages"));
    }

    @Test
    void givenAV8PrintableFormWhenViewedThenItsFormUrlsAndDeliveryAddressAreRead() throws Exception {
        PtvItemView view = view("v8/servicechannels/PrintableForm/41409b25-4cb0-4c63-a068-66fb078558aa.json");

        assertThat(view.kind()).isEqualTo(RecordKind.PRINTABLE_FORM);
        assertThat(view.fields()).contains(
                entry("channelUrls.fi[PDF]", "https://www.vaasa.fi/sites/default/files/hoitopaikan_irtisanominen.pdf"),
                entry("deliveryAddresses[NoAddress].deliveryAddressInText.fi",
                        "Lomake palautetaan päiväkotiin tai alueen perhepäivähoidonohjaajalle."),
                entry("names.Name.sv", "Uppsägning av dagvårdsplatsen"));
    }

    @Test
    void givenAV8ServiceWithAProcuredProducerWithoutAnOrganisationWhenViewedThenTheProducerIsKeptWithItsInformation()
            throws Exception {
        PtvItemView view = view("v8/services/2379f83b-2cb4-45b4-8f01-a98923093e90.json");

        assertThat(view.fields()).contains(
                entry("producers[ProcuredServices:]", "ProcuredServices"),
                entry("producers[ProcuredServices:].additionalInformation.fi", "Finvacon Oy"),
                entry("producers[SelfProducedServices:" + VAASA + "]", VAASA));
    }

    @Test
    void givenHoursValidFromADayWhenViewedThenTheyAreKeyedByTypeAndDayAndTwoAlikeAreNumbered() throws Exception {
        PtvItemView view = view("v8/servicechannels/ServiceLocation/98eb680e-278b-43af-9eb1-122055ae8b6c.json");

        assertThat(view.fields()).contains(
                entry("serviceHours[DaysOfTheWeek:2018-06-01].validFrom", "2018-06-01"),
                entry("serviceHours[DaysOfTheWeek:2018-06-01].validTo", "2018-09-02"),
                entry("serviceHours[DaysOfTheWeek:2018-06-01].additionalInformation.fi", "Pääkirjaston kesäaukioloajat"),
                entry("serviceHours[DaysOfTheWeek:2018-06-01].openingHours[Monday].opens", "10:00"),
                entry("serviceHours[DaysOfTheWeek:2018-06-01#2].additionalInformation.fi", "Uutisalue ja lehdet kesäaukioloajat"),
                entry("serviceHours[DaysOfTheWeek:2018-06-01#2].openingHours[Monday].opens", "09:00"));
    }

    @Test
    void givenAPhoneWithoutANumberWhenViewedThenThePlaceholderIsLeftOut() throws Exception {
        PtvItemView view = view("v8/servicechannels/ServiceLocation/04865528-c7d0-42b0-b68d-da814e06b222.json");

        assertThat(view.fields().keySet()).noneMatch(path -> path.contains("[]"));
        assertThat(view.fields()).containsEntry("phoneNumbers.sv[+35863251160].type", "Phone");
    }

    @Test
    void givenTheShapesThisSystemWritesWhenViewedThenTheViewIsTheSameAsOfPtvsReadShape() throws Exception {
        ObjectNode read = (ObjectNode) JSON.readTree("""
                {"id":"11111111-2222-3333-4444-555555555555","publishingStatus":"Published","modified":"2026-11-20T10:00:00",
                 "serviceNames":[{"language":"fi","type":"Name","value":"Uimahallit"}],
                 "areaType":"LimitedType",
                 "areas":[{"type":"Municipality","code":null,"municipalities":[{"code":"853","name":[]},{"code":"529","name":[]}]},
                          {"type":"Region","code":"02","municipalities":[{"code":"853"}]}],
                 "organizations":[{"roleType":"Responsible","organization":{"id":"aaaaaaaa-0000-0000-0000-000000000001"}},
                                  {"roleType":"OtherResponsible","organization":{"id":"aaaaaaaa-0000-0000-0000-000000000002"}},
                                  {"roleType":"Producer","provisionType":"SelfProducedServices",
                                   "organization":{"id":"aaaaaaaa-0000-0000-0000-000000000001"},
                                   "additionalInformation":[{"language":"fi","value":"Itse"}]}]}""");
        ObjectNode written = (ObjectNode) JSON.readTree("""
                {"id":"11111111-2222-3333-4444-555555555555","publishingStatus":"Published","modified":"2026-11-20T10:00:00Z",
                 "serviceNames":[{"language":"fi","type":"Name","value":"Uimahallit"}],
                 "areaType":"LimitedType",
                 "areas":[{"type":"Municipality","areaCodes":["853","529"]},{"type":"Region","areaCodes":["02"]}],
                 "mainResponsibleOrganization":"aaaaaaaa-0000-0000-0000-000000000001",
                 "otherResponsibleOrganizations":["aaaaaaaa-0000-0000-0000-000000000002"],
                 "serviceProducers":[{"provisionType":"SelfProducedServices","organizations":["aaaaaaaa-0000-0000-0000-000000000001"],
                                      "additionalInformation":[{"language":"fi","value":"Itse"}]}]}""");

        PtvItemView fromRead = V11ItemViews.view(RecordKind.Namespace.SERVICE, read);
        PtvItemView fromWritten = V11ItemViews.view(RecordKind.Namespace.SERVICE, written);

        assertThat(fromWritten.fields()).isEqualTo(fromRead.fields());
        assertThat(fromWritten.organizationId()).isEqualTo(fromRead.organizationId()).isEqualTo("aaaaaaaa-0000-0000-0000-000000000001");
        assertThat(fromWritten.modified()).isEqualTo(fromRead.modified());
        assertThat(fromRead.fields()).containsKeys("areas[Municipality:853]", "areas[Municipality:529]", "areas[Region:02]")
                .containsEntry("producers[SelfProducedServices:aaaaaaaa-0000-0000-0000-000000000001].additionalInformation.fi", "Itse");
    }

    @Test
    void givenAnOrganisationAsWrittenWhenViewedThenItsFlatAreaCodesAndMunicipalityCodeAreRead() throws Exception {
        JsonNode written = JSON.readTree("""
                {"id":"11111111-2222-3333-4444-555555555555","organizationType":"Municipality","municipality":"853",
                 "areaType":"LimitedType","subAreaType":"Region","areas":["02"],"parentOrganizationId":"aaaaaaaa-0000-0000-0000-000000000009",
                 "organizationNames":[{"language":"fi","type":"Name","value":"Turun kaupunki"}]}""");

        PtvItemView view = V11ItemViews.view(RecordKind.Namespace.ORGANIZATION, written);

        assertThat(view.fields()).contains(entry("municipality", "853"), entry("areas[Region:02]", "02"),
                entry("parentOrganizationId", "aaaaaaaa-0000-0000-0000-000000000009"));
        assertThat(view.organizationId()).isEqualTo("aaaaaaaa-0000-0000-0000-000000000009");
    }

    @Test
    void givenTextsAndTimesWrittenDifferentlyWhenViewedThenTheyCompareEqual() throws Exception {
        JsonNode one = JSON.readTree("""
                {"id":"11111111-2222-3333-4444-555555555555","serviceChannelType":"Phone","organizationId":"o",
                 "serviceChannelNames":[{"language":"fi","value":"  Neuvonta\\r\\n"}],
                 "serviceChannelDescriptions":[{"language":"fi","type":"Summary","value":"Rivi 1\\r\\nRivi 2"}],
                 "serviceHours":[{"serviceHourType":"DaysOfTheWeek","validFrom":"2026-01-01T00:00:00","isClosed":false,
                                  "openingHour":[{"dayFrom":"Monday","dayTo":"","from":"08:00:00","to":"16:00:00"}]}],
                 "phoneNumbers":[{"language":"fi","type":"Phone","number":"22620000","prefixNumber":"+358","isFinnishServiceNumber":false}]}""");
        JsonNode other = JSON.readTree("""
                {"id":"11111111-2222-3333-4444-555555555555","serviceChannelType":"Phone","organizationId":"o",
                 "serviceChannelNames":[{"language":"fi","type":"Name","value":"Neuvonta"}],
                 "serviceChannelDescriptions":[{"language":"fi","type":"Summary","value":"Rivi 1\\nRivi 2"}],
                 "serviceHours":[{"serviceHourType":"DaysOfTheWeek","validFrom":"2026-01-01T00:00:00.000Z",
                                  "openingHour":[{"dayFrom":"Monday","from":"08:00","to":"16:00","order":0}]}],
                 "phoneNumbers":[{"language":"fi","type":"Phone","number":"22620000","prefixNumber":"+358"}]}""");

        PtvItemView view = V11ItemViews.view(RecordKind.Namespace.CHANNEL, one);

        assertThat(view.fields()).isEqualTo(V11ItemViews.view(RecordKind.Namespace.CHANNEL, other).fields());
        assertThat(view.fields()).contains(entry("names.Name.fi", "Neuvonta"), entry("descriptions.Summary.fi", "Rivi 1\nRivi 2"),
                entry("serviceHours[DaysOfTheWeek:2026-01-01].validFrom", "2026-01-01"),
                entry("serviceHours[DaysOfTheWeek:2026-01-01].openingHours[Monday].opens", "08:00"),
                entry("phoneNumbers.fi[+35822620000].type", "Phone"));
    }

    @Test
    void givenAChannelInTheSpecsWrapperWhenViewedThenTheWrappedChannelIsRead() throws Exception {
        JsonNode wrapped = JSON.readTree("""
                {"phoneChannel":{"id":"11111111-2222-3333-4444-555555555555","serviceChannelType":"Phone","organizationId":"o",
                 "serviceChannelNames":[{"language":"fi","value":"Neuvonta"}]}}""");

        PtvItemView view = V11ItemViews.view(RecordKind.Namespace.CHANNEL, wrapped);

        assertThat(view.kind()).isEqualTo(RecordKind.PHONE);
        assertThat(view.displayName()).isEqualTo("Neuvonta");
    }

    @Test
    void givenAnswersThatAreNotItemsWhenViewedThenTheyAreRefusedWithWhatIsWrong() throws Exception {
        String id = "\"id\":\"11111111-2222-3333-4444-555555555555\"";
        assertRefused(RecordKind.Namespace.SERVICE, "[]", "not a JSON object");
        assertRefused(RecordKind.Namespace.SERVICE, "null", "missing");
        assertRefused(RecordKind.Namespace.SERVICE, "{\"serviceNames\":[]}", "no id");
        assertRefused(RecordKind.Namespace.SERVICE, "{" + id + ",\"serviceNames\":\"Uimahallit\"}", "serviceNames is 'Uimahallit', not a list");
        assertRefused(RecordKind.Namespace.SERVICE, "{" + id + ",\"serviceNames\":[],\"type\":{\"a\":1}}", "type is an object");
        assertRefused(RecordKind.Namespace.CHANNEL, "{" + id + ",\"serviceChannelType\":\"Fax\"}", "serviceChannelType 'Fax'");
        assertRefused(RecordKind.Namespace.CHANNEL, "{" + id + ",\"serviceNames\":[]}", "a service where a channel was expected");
        assertRefused(RecordKind.Namespace.ORGANIZATION, "{" + id + ",\"serviceChannelType\":\"Phone\"}",
                "a channel where a organization was expected");
        assertRefused(RecordKind.Namespace.SERVICE, "{" + id + ",\"serviceNames\":[],\"modified\":\"eilen\"}", "modified 'eilen'");
        assertRefused(RecordKind.Namespace.CHANNEL, "{" + id + ",\"serviceChannelType\":\"ServiceLocation\",\"addresses\":"
                + "[{\"type\":\"Location\",\"streetAddress\":\"Linnankatu 1\"}]}", "addresses[].streetAddress is not an object");
    }

    private static void assertRefused(RecordKind.Namespace type, String json, String reason) throws IOException {
        JsonNode tree = JSON.readTree(json);
        assertThatThrownBy(() -> V11ItemViews.view(type, tree)).as(json)
                .isInstanceOf(V11ItemViews.UnreadableItem.class).hasMessageContaining(reason);
    }

    /** The first recorded answer of each version and kind. */
    static Stream<String> oneSampleOfEachKind() throws IOException, URISyntaxException {
        Map<String, String> first = new java.util.TreeMap<>();
        everySample().forEach(sample -> first.putIfAbsent(sample.substring(0, sample.lastIndexOf('/')), sample));
        return first.values().stream();
    }

    @ParameterizedTest
    @MethodSource("oneSampleOfEachKind")
    void givenAnAnswerWithAnyFieldOfAnotherShapeWhenViewedThenItIsAViewOrRefusedAsUnreadableNeverAnotherFailure(String sample)
            throws Exception {
        JsonNode answer = read(sample);
        List<JsonNode> shapes = List.of(JSON.getNodeFactory().textNode("x"), JSON.getNodeFactory().numberNode(7),
                JSON.createObjectNode().put("a", 1), JSON.createArrayNode().add("x"), JSON.createArrayNode().add(7),
                JSON.getNodeFactory().nullNode());
        int refused = 0;
        int viewed = 0;
        for (String field : fieldNames(answer)) {
            for (JsonNode shape : shapes) {
                for (ObjectNode changed : List.of(replaced(answer, field, shape), replacedInFirstElement(answer, field, shape))) {
                    try {
                        V11ItemViews.view(kindOf(sample).namespace(), changed);
                        viewed++;
                    } catch (V11ItemViews.UnreadableItem expected) {
                        refused++;
                    }
                }
            }
        }
        assertThat(viewed).as("%s: most wrong shapes are content this system can leave out", sample).isPositive();
        assertThat(refused).as("%s: a wrong shape of an identifying field is refused", sample).isPositive();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static ObjectNode replaced(JsonNode answer, String field, JsonNode shape) {
        ObjectNode copy = answer.deepCopy();
        copy.set(field, shape.deepCopy());
        return copy;
    }

    /** The answer with the first field of the list's first element (or the element itself) of another shape. */
    private static ObjectNode replacedInFirstElement(JsonNode answer, String field, JsonNode shape) {
        ObjectNode copy = answer.deepCopy();
        JsonNode list = copy.get(field);
        if (list != null && list.isArray() && !list.isEmpty() && list.get(0) instanceof ObjectNode element && element.size() > 0) {
            element.set(element.fieldNames().next(), shape.deepCopy());
        } else if (list != null && list.isArray() && !list.isEmpty()) {
            ((ArrayNode) list).set(0, shape.deepCopy());
        }
        return copy;
    }
}
