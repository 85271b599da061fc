package io.dearbridge.console;

/** The receipt list's filters; blank means any. {@code number} matches part of the purchase order number. */
public record ReceiptSearch(String account, String status, String number) {

    public ReceiptSearch {
        account = account == null || account.isBlank() ? null : account.trim();
        status = status == null || status.isBlank() ? null : status.trim();
        number = number == null || number.isBlank() ? null : number.trim();
    }
}
