package fi.ptvintegration.pat.model;

import java.util.List;

/**
 * Contact details of a service at one channel, part of a connection's extra information (DVV's
 * readiness test item 4): PTV's {@code contactDetails} of a service-channel connection.
 *
 * @param emails e-mail addresses
 * @param phoneNumbers phone numbers (PTV keeps no type for them)
 * @param faxNumbers fax numbers
 * @param webPages web pages
 * @param addresses postal addresses: type Postal, subType Street, PostOfficeBox or Abroad
 */
public record ContactDetails(
        List<Email> emails,
        List<Phone> phoneNumbers,
        List<FaxNumber> faxNumbers,
        List<WebPage> webPages,
        List<Address> addresses) {
    public ContactDetails {
        emails = Values.list(emails);
        phoneNumbers = Values.list(phoneNumbers);
        faxNumbers = Values.list(faxNumbers);
        webPages = Values.list(webPages);
        addresses = Values.list(addresses);
    }

    /** Details with nothing in them. */
    public static ContactDetails none() {
        return new ContactDetails(null, null, null, null, null);
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isEmpty() {
        return emails.isEmpty() && phoneNumbers.isEmpty() && faxNumbers.isEmpty() && webPages.isEmpty() && addresses.isEmpty();
    }
}
