/** Small value types every part of the domain speaks: who recorded something, when, and in what role. */
package org.casebook.domain.shared;
