/**
 * The machine the program runs on, where it differs between systems: whether file names can carry Cyrillic
 * letters in this JVM (and running it again under a UTF-8 locale when they cannot), which program holds a TCP
 * port, and how a user here types the command that starts this program. Nothing else in the product asks the
 * operating system these questions.
 */
package ru.vprsvod.platform;
