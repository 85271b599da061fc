/** DEAR accounts (tenants) as the database knows them; their credentials live in configuration only. */
package io.dearbridge.domain.account;
