/**
 * Realistic history for trying the service and for benchmarks: the volumes of a busy Parent Partnership helpline
 * [000 §1.4] and the level 1 / level 2 mix and casework patterns of [002 §5.8].
 */
package org.casebook.application.generator;
