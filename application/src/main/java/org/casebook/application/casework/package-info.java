/** Recording casework: one entry point that sends a case command and says what version the case reached. */
package org.casebook.application.casework;
