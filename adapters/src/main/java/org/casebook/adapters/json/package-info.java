/**
 * JSON details shared by the mapper for stored events and the mapper for HTTP, which are otherwise kept apart (stored
 * events must not change when web settings do).
 */
package org.casebook.adapters.json;
