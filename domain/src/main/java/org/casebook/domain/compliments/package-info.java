/**
 * Compliments: thanks the service received, counted for draft performance indicator 8 [002 §5.12]. Each is tied to
 * no case and holds no personal data: only the day it came and its kind.
 */
package org.casebook.domain.compliments;
