extension Catalog {
  /// The date the built-in catalog's figures were last revised, `YYYY-MM-DD`: bump it with
  /// every change to a GPU, system or model entry, so that `capplan --version` tells which
  /// figures a plan used.
  public static let revisionDate = "2026-11-29"

  /// The built-in catalog's revision: its date and how many entries of each kind it holds
  /// (`2026-11-29, 12 GPUs, 20 systems, 30 models`).
  public static var revision: String {
    let catalog = Catalog.builtIn
    return
      "\(revisionDate), \(catalog.gpus.count) GPUs, \(catalog.systems.count) systems, \(catalog.models.count) models"
  }
}
