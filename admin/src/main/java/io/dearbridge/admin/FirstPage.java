package io.dearbridge.admin;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.datatable.DataTable;

/** Puts a paged table back on its first page, e.g. when its filter changes. */
public final class FirstPage {

    private FirstPage() {
    }

    public static void reset(String tableId) {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(tableId);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }
}
