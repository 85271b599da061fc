/** The users page: add, disable or enable, reset a password, change roles and accounts (admins with all accounts). */
package io.dearbridge.admin.users;
