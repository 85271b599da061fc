package io.dearbridge.domain.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * Where the order (or one fulfilment) goes, as DEAR gives it. DEAR sometimes fills only
 * {@code DisplayAddressLine1/2} (docs/dear-api.md §3.2); then those two become the address's first lines, so the
 * warehouse always has something to print, and they are kept as given either way.
 */
@Embeddable
public class ShippingAddress {

    @Column(name = "ship_line1", columnDefinition = "text")
    private String line1;
    @Column(name = "ship_line2", columnDefinition = "text")
    private String line2;
    @Column(name = "ship_city", length = 256)
    private String city;
    @Column(name = "ship_state", length = 256)
    private String state;
    @Column(name = "ship_postcode", length = 64)
    private String postcode;
    @Column(name = "ship_country", length = 128)
    private String country;
    @Column(name = "ship_company", length = 256)
    private String company;
    @Column(name = "ship_contact", length = 256)
    private String contact;
    @Column(name = "ship_display1", columnDefinition = "text")
    private String displayLine1;
    @Column(name = "ship_display2", columnDefinition = "text")
    private String displayLine2;

    protected ShippingAddress() {
    }

    public static ShippingAddress of(SaleSnapshot.Address address) {
        ShippingAddress result = new ShippingAddress();
        if (address != null) {
            result.line1 = address.line1();
            result.line2 = address.line2();
            result.city = address.city();
            result.state = address.state();
            result.postcode = address.postcode();
            result.country = address.country();
            result.company = address.company();
            result.contact = address.contact();
            result.displayLine1 = address.displayLine1();
            result.displayLine2 = address.displayLine2();
            if (blank(result.line1) && blank(result.line2) && blank(result.city) && !blank(address.displayLine1())) {
                result.line1 = address.displayLine1();
                result.line2 = address.displayLine2();
            }
        }
        return result;
    }

    boolean isEmpty() {
        return blank(line1) && blank(line2) && blank(city) && blank(country) && blank(displayLine1);
    }

    /**
     * DEAR takes it as a ship-to address: {@code Line1} and {@code Country} are required on write (docs/dear-api.md
     * §3.2), which an address DEAR gave with display lines only lacks.
     */
    public boolean writable() {
        return !blank(line1) && !blank(country);
    }

    /** Same place: the fields a carrier needs agree (case and display lines aside). */
    public boolean samePlaceAs(ShippingAddress other) {
        return other != null && eq(line1, other.line1) && eq(line2, other.line2) && eq(city, other.city)
                && eq(state, other.state) && eq(postcode, other.postcode) && eq(country, other.country)
                && eq(company, other.company) && eq(contact, other.contact);
    }

    private static boolean eq(String a, String b) {
        return Objects.equals(a == null || a.isBlank() ? null : a.trim().toLowerCase(),
                b == null || b.isBlank() ? null : b.trim().toLowerCase());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String line1() { return line1; }
    public String line2() { return line2; }
    public String city() { return city; }
    public String state() { return state; }
    public String postcode() { return postcode; }
    public String country() { return country; }
    public String company() { return company; }
    public String contact() { return contact; }
    public String displayLine1() { return displayLine1; }
    public String displayLine2() { return displayLine2; }
}
