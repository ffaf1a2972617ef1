extension Playbook {
  /// The role whose approval `template` needs before it goes out: its own `approve:`, else its
  /// channel's, else none.
  public func approval(of template: Template) -> Reference? {
    template.approve ?? channel(template.channel.id)?.approve
  }
}
