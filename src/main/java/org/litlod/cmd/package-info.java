/**
 * The command line: one thin class per verb that parses options and makes one library call.
 * Nothing else depends on this package.
 */
package org.litlod.cmd;
