package io.dearbridge.simulator.sale;

/** The customer fields a sale copies at creation. */
public record Customer(String id, String name, String contact, String phone, String email, Address billing) {
}
