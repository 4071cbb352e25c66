/**
 * Recording the Development Group's business [002 §8]: one entry point that sends the group's commands, says what
 * version its record reached, and fingerprints the report a decision rests on.
 */
package org.casebook.application.developmentgroup;
