package io.dearbridge.simulator.sale;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** Made-up products, customers and locations for generated sales. GUIDs are derived from names so they are stable. */
public final class Catalogue {

    public static final String MAIN_WAREHOUSE = "Main Warehouse";
    public static final String MAIN_WAREHOUSE_ID = "19aeca31-bd49-4fbe-8abd-37a6169cc2cb";

    public record Product(String sku, String name, BigDecimal price, BigDecimal averageCost) {
        public String id() {
            return stableId("product:" + sku);
        }
    }

    public static final List<Product> PRODUCTS = List.of(
            product("TENT-2P-GRN", "Trailhead 2P Tent - Green", "249.00", "136.95"),
            product("STOVE-GAS-01", "Summit Gas Stove", "59.95", "32.9725"),
            product("BAG-SLP-M10", "Alpine Sleeping Bag -10C", "189.00", "97.40"),
            product("PACK-45L-BLU", "Ridge 45L Pack - Blue", "159.00", "81.20"),
            product("LAMP-HD-300", "Headlamp 300 lm", "39.90", "17.35"),
            product("MAT-SELF-INF", "Self-inflating Mat", "89.00", "44.10"),
            product("BOTL-STL-1L", "Steel Bottle 1L", "29.95", "11.80"),
            product("POLE-TREK-PR", "Trekking Poles (pair)", "119.00", "58.60"),
            product("CHAIR-CAMP-LT", "Camp Chair Lite", "74.50", "35.00"),
            product("FILTER-H2O-MINI", "Mini Water Filter", "49.00", "22.15"));

    public static final List<Customer> CUSTOMERS = List.of(
            customer("Northwind Outdoor Ltd", "Priya Nair", "+61 3 9012 3456",
                    new Address("Unit 4", "18 Harbour Road", "Port Melbourne", "VIC", "3207", "Australia", null, null)),
            customer("Basecamp Supplies Pty", "Liam O'Connor", "+61 2 8123 4400",
                    new Address("Shop 2", "55 George Street", "Sydney", "NSW", "2000", "Australia", null, null)),
            customer("Summit Sports Co", "Mei Chen", "+61 7 3300 1200",
                    new Address("12 Wharf Lane", "", "Brisbane", "QLD", "4000", "Australia", null, null)),
            customer("Coastal Adventures", "Jack Wilson", "+61 8 9420 7788",
                    new Address("3/41 Marine Parade", "", "Fremantle", "WA", "6160", "Australia", null, null)),
            customer("High Country Gear", "Sophie Martin", "+61 3 5755 2010",
                    new Address("88 Great Alpine Road", "", "Bright", "VIC", "3741", "Australia", null, null)),
            customer("Trail & Tide NZ", "Aroha Ngata", "+64 9 377 1500",
                    new Address("Level 1", "20 Customs Street", "Auckland", "Auckland", "1010", "New Zealand",
                            null, null)));

    private Catalogue() {
    }

    public static String stableId(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    public static String locationId(String location) {
        return MAIN_WAREHOUSE.equalsIgnoreCase(location) ? MAIN_WAREHOUSE_ID : stableId("location:" + location);
    }

    private static Product product(String sku, String name, String price, String cost) {
        return new Product(sku, name, new BigDecimal(price), new BigDecimal(cost));
    }

    private static Customer customer(String name, String contact, String phone, Address address) {
        String email = "orders@" + name.toLowerCase().replaceAll("[^a-z]+", "-").replaceAll("-+$", "") + ".example";
        Address billing = new Address(address.line1(), address.line2(), address.city(), address.state(),
                address.postcode(), address.country(), null, null);
        return new Customer(stableId("customer:" + name), name, contact, phone, email, billing);
    }
}
