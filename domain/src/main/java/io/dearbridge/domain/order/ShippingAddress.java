package io.dearbridge.domain.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where the order goes, as DEAR gives it. */
@Embeddable
public class ShippingAddress {

    @Column(name = "ship_line1", length = 256)
    private String line1;
    @Column(name = "ship_line2", length = 256)
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

    protected ShippingAddress() {
    }

    static ShippingAddress of(SaleSnapshot.Address address) {
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
        }
        return result;
    }

    public String line1() { return line1; }
    public String line2() { return line2; }
    public String city() { return city; }
    public String state() { return state; }
    public String postcode() { return postcode; }
    public String country() { return country; }
    public String company() { return company; }
    public String contact() { return contact; }
}
