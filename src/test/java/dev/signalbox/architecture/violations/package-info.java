/**
 * A miniature of Signalbox's packages whose classes break each layering rule on purpose, so that
 * {@code LayeringTest} can show every rule failing. Nothing here runs.
 */
package dev.signalbox.architecture.violations;
