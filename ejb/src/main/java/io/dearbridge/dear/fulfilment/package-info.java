/** The fulfilment push's DEAR adapter: domain stage records to and from DEAR's pick, pack and ship bodies. */
package io.dearbridge.dear.fulfilment;
