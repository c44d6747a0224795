/**
 * Which files a build may read: only ordinary files inside the content and templates folders, so
 * that no file from elsewhere on the machine reaches the site or an error message, and no pipe or
 * device is ever opened. Every stage that reads the user's folders asks here first.
 */
package org.sourcebrief.files;
