package io.dearbridge.console;

/** The order list's filters; blank means any. {@code number} matches part of the sale order number. */
public record OrderSearch(String account, String status, String number, boolean stuckOnly) {

    public OrderSearch {
        account = account == null || account.isBlank() ? null : account.trim();
        status = status == null || status.isBlank() ? null : status.trim();
        number = number == null || number.isBlank() ? null : number.trim();
    }
}
