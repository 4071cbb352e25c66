/** Use-case coordination between the outside world and the domain: sending commands, scheduled and process work. */
package org.casebook.application;
