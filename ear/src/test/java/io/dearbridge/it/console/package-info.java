/** The admin console driven through a real headless Chromium (Selenium), against the deployed EAR. */
package io.dearbridge.it.console;
