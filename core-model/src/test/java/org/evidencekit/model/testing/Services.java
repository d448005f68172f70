package org.evidencekit.model.testing;

import java.util.ServiceLoader;

/** Asking {@link ServiceLoader} what the application's own code would find. */
public final class Services {
  private Services() {}

  /**
   * Whether {@link ServiceLoader} finds a provider of the service with this name, as code on the
   * class path (or in an automatic module) sees it. A test patched into a named module cannot ask
   * that itself: there ServiceLoader serves only what the module declares it {@code uses}.
   */
  public static boolean anyProvider(String serviceName) {
    try {
      Class<?> service = Class.forName(serviceName, false, Thread.currentThread().getContextClassLoader());
      return ServiceLoader.load(service).findFirst().isPresent();
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
