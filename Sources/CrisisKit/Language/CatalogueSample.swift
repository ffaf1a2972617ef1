/// Every phrase of the interface's catalogue (screen, prompt, obligation, event, status,
/// command and error words) filled with the same sample arguments, one row per key: what the
/// catalogue test compares between the languages (no German phrase left English), what the
/// end-to-end test takes the program's English words from, and what a translator reads side
/// by side. The protocols make a phrase missing in one language a compile error; this list
/// makes a phrase left untranslated a test failure.
public enum CatalogueSample {
  /// Sample arguments: short, all capitals, so they never look like a word of either
  /// language.
  static let x = "XQX"
  static let y = "YQY"

  /// The phrases of `language`, keyed; both languages give the same keys in the same order.
  public static func phrases(_ language: Language) -> [(key: String, text: String)] {
    var rows: [(String, String)] = []
    func add(_ key: String, _ text: String) { rows.append((key, text)) }
    screen(language.screen, add)
    prompts(language.prompts, add)
    obligations(language.obligations, add)
    status(language.status, add)
    command(language.command, add)
    errors(language.errors, add)
    for (key, event) in events() {
      add("event." + key, language.events.line(event, playbook: nil))
    }
    return rows
  }

  private static func screen(_ w: any ScreenWords, _ add: (String, String) -> Void) {
    add("screen.drillBanner", w.drillBanner)
    add("screen.drill", w.drill)
    add("screen.severity", w.severity("HIGH"))
    add("screen.clockHeld", w.clockHeld)
    add("screen.resolved", w.resolved)
    add("screen.you", w.you(x))
    add("screen.noRole", w.noRole)
    add("screen.notShared", w.notShared(2, offline: false))
    add("screen.notShared.offline", w.notShared(2, offline: true))
    add("screen.stepOf", w.stepOf(3, of: 16, title: x))
    add("screen.owner", w.owner(x))
    add("screen.due", w.due(x))
    add("screen.dueIn", w.dueIn(x, left: y))
    add("screen.overdueBy", w.overdueBy(x))
    add("screen.wasDue", w.wasDue(x))
    add("screen.repeats", w.repeats(every: x))
    add("screen.toDo", w.toDo)
    add("screen.question", w.question(x))
    add("screen.endOfPath", w.endOfPath)
    add("screen.answered", w.answered)
    add("screen.answerHint", w.answerHint)
    add("screen.finishedHere.done", w.finishedHere(skipped: false, by: x))
    add("screen.finishedHere.skipped", w.finishedHere(skipped: true, by: nil))
    add("screen.pathComplete", w.pathComplete)
    add("screen.keepPosting", w.keepPosting)
    add("screen.noStepOpen", w.noStepOpen)
    add("screen.messagesReady", w.messagesReady)
    for audience in ChannelAudience.allCases {
      add("screen.audience.\(audience.rawValue)", w.audience(audience))
    }
    add("screen.characters", w.characters(2, limit: nil))
    add("screen.characters.limit", w.characters(2, limit: 3))
    add("screen.tooLong", w.tooLong)
    add("screen.posted", w.posted(at: x))
    add("screen.messageKeys", w.messageKeys)
    add("screen.approvedBy", w.approvedBy(x))
    add("screen.needsApproval", w.needsApproval(x))
    add("screen.namesUnheldRole", w.namesUnheldRole(x, assignID: y))
    add("screen.claimsUndone.one", w.claimsUndone([x]))
    add("screen.claimsUndone.two", w.claimsUndone([x, y]))
    add("screen.promisesUpdate", w.promisesUpdate(by: x))
    add("screen.openCount", w.openCount(2))
    add("screen.moreOpen", w.moreOpen(2))
    add("screen.lastPublicUpdate", w.lastPublicUpdate(ago: x))
    add("screen.noPublicUpdate", w.noPublicUpdate)
    add("screen.keyLine", w.keyLine)
    add("screen.injectBanner", w.injectBanner)
    add("screen.injectAck", w.injectAck)
    add("screen.nothingOwed", w.nothingOwed)
    add("screen.moreOwed", w.moreOwed(2))
    add("screen.moreAbove", w.moreAbove(2))
    add("screen.moreBelow", w.moreBelow(2))
    add("screen.backToStep", w.backToStep)
    add("screen.moreLines", w.moreLines(2))
    add("screen.latest", w.latest)
    add("screen.hintLine", w.hintLine(escape: nil))
    add("screen.hintLine.back", w.hintLine(escape: .back))
    add("screen.hintLine.acknowledge", w.hintLine(escape: .acknowledge))
    add("screen.narrowHintLine", w.narrowHintLine(escape: true))
    add("screen.acknowledged", w.acknowledged(x))
    add("screen.noInjectToAcknowledge", w.noInjectToAcknowledge)
    add("screen.noClipboardHere", w.noClipboardHere)
    add("screen.textToPost", w.textToPost)
    add("screen.notMarkedPaused", w.notMarkedPaused)
    add("screen.recorded", w.recorded(at: x))
    add("screen.notRecordedMark", w.notRecordedMark)
    add("screen.nothingChanged", w.nothingChanged)
    add("screen.cannotFollow", w.cannotFollow(x))
    add("screen.warning", w.warning(x))
    add("screen.notRecorded", w.notRecorded(x))
    add("screen.someoneWroteFirst", w.someoneWroteFirst)
    add("screen.resolvedBy", w.resolvedBy(x, at: y))
    add("screen.exportHint", w.exportHint(x))
    add("screen.resolvedWord", w.resolvedWord)
    add("screen.paused", w.paused)
    add("screen.noEditor", w.noEditor)
    add("screen.nothingRecorded", w.nothingRecorded(x))
    add("screen.copied", w.copied)
    add("screen.clipboardBlocked", w.clipboardBlocked)
    add("screen.noClipboard", w.noClipboard)
    add("screen.scorecardTitle", w.scorecardTitle)
    add("screen.stillOn.one", w.stillOn([x]))
    add("screen.stillOn.two", w.stillOn([x, y]))
    add("screen.reasonPrompt", w.reasonPrompt)
    add("screen.answerPrompt", w.answerPrompt(2))
    add("screen.messagePrompt", w.messagePrompt)
    add("screen.summaryPrompt", w.summaryPrompt)
    add("screen.resolvePrompt", w.resolvePrompt)
    add("screen.pastePrompt", w.pastePrompt)
    add("screen.keepsDefault", w.keepsDefault)
    add("screen.cancelledBeforeStart", w.cancelledBeforeStart)
    add("screen.started.incident", w.started(drill: false, id: x, path: y))
    add("screen.started.drill", w.started(drill: true, id: x, path: y))
    add("screen.resumed", w.resumed(x))
    add("screen.joining", w.joining(x, since: y))
    add("screen.rehearsing", w.rehearsing(x, injects: 2))
    add("screen.rehearsal", w.rehearsal(of: x))
    add("screen.reports", w.reports(x))
    add("screen.newInformation", w.newInformation(x))
    add("screen.nowIs", w.nowIs(x, value: y))
    add("screen.decide", w.decide(x))
    add("screen.realTeamDecided", w.realTeamDecided(at: x))
    add("screen.unassignedMark", w.unassignedMark(x))
    add("screen.unassignedTail", w.unassignedTail)
    add("screen.drillPrefix", w.drillPrefix)
    add("screen.dateTime", w.dateTime(sampleTime))
    add("screen.replayOf", w.replayOf(x, id: y, events: 2, pace: "60"))
    add("screen.replayOf.stepping", w.replayOf(x, id: y, events: 2, pace: nil))
    add("screen.later", w.later(x, skipped: true))
    add("screen.replayDamaged", w.replayDamaged)
    add("screen.tornLine", w.tornLine(2))
    add("screen.replayEnd", w.replayEnd)
  }

  private static func prompts(_ w: any PromptWords, _ add: (String, String) -> Void) {
    for spec in OperatorCommand.table {
      add("prompt.commandHelp.\(spec.name)", w.commandHelp(spec.name))
      if spec.arguments.contains(where: { $0.isLetter && $0.isUppercase }),
        spec.arguments != "[N] [URL] [edit|paste]", spec.arguments != "[N] [NAME]",
        spec.arguments != "TEXT", spec.arguments != "[N] URL", spec.arguments != "[N]"
      {
        add("prompt.arguments.\(spec.name)", w.arguments(spec.arguments))
      }
    }
    add("prompt.commandsTitle", w.commandsTitle)
    add("prompt.showStepAgain", w.showStepAgain)
    add("prompt.unknownCommand", w.unknownCommand(x, suggestion: y))
    add("prompt.drillOnly", w.drillOnly(x))
    add("prompt.noteNeedsText", w.noteNeedsText)
    add("prompt.injectNeedsText", w.injectNeedsText)
    add("prompt.sentUsage", w.sentUsage(x))
    add("prompt.linkUsage", w.linkUsage)
    add("prompt.downUsage", w.downUsage)
    add("prompt.upUsage", w.upUsage)
    add("prompt.setUsage", w.setUsage)
    add("prompt.assignUsage", w.assignUsage)
    add("prompt.gotoUsage", w.gotoUsage)
    add("prompt.severityUsage", w.severityUsage)
    add("prompt.waitUsage", w.waitUsage)
    add("prompt.asksQuestionFirst", w.asksQuestionFirst)
    add("prompt.unpostedMessages.one", w.unpostedMessages(1))
    add("prompt.unpostedMessages.two", w.unpostedMessages(2))
    add("prompt.whySkip", w.whySkip(x))
    add("prompt.noQuestionTypeDone", w.noQuestionTypeDone)
    add("prompt.noQuestion", w.noQuestion)
    add("prompt.answerWithNumber", w.answerWithNumber(2))
    add("prompt.endsPath", w.endsPath)
    add("prompt.lastStep", w.lastStep)
    add("prompt.pathDone", w.pathDone)
    add("prompt.noStepOpen", w.noStepOpen)
    add("prompt.endTarget", w.endTarget)
    add("prompt.unknownVariable", w.unknownVariable(x, suggestion: y, known: [x, y]))
    add("prompt.unknownRole", w.unknownRole(x, suggestion: nil, known: [x, y]))
    add("prompt.unknownStep", w.unknownStep(x, suggestion: y))
    add("prompt.unknownChannel", w.unknownChannel(x, suggestion: y, known: [x]))
    add("prompt.severityLevels", w.severityLevels)
    add("prompt.clockAlreadyHeld", w.clockAlreadyHeld)
    add("prompt.clockHeld", w.clockHeld)
    add("prompt.clockRunning", w.clockRunning)
    add("prompt.cancelled", w.cancelled)
    add("prompt.reasonPlease", w.reasonPlease)
    add("prompt.orCancel", w.orCancel)
    add("prompt.listDue", w.listDue(x))
    add("prompt.listEvery", w.listEvery(x))
    add("prompt.who", w.who(x, at: y))
    add("prompt.someone", w.someone)
    add("prompt.resolvedElsewhere", w.resolvedElsewhere(by: x, summary: y))
    add("prompt.alreadyFinished.done", w.alreadyFinished(x, skipped: false, by: y))
    add("prompt.alreadyFinished.skipped", w.alreadyFinished(x, skipped: true, by: y))
    add("prompt.alreadyAnswered", w.alreadyAnswered(by: x, answer: y))
    add("prompt.alreadyOpened", w.alreadyOpened(x, by: y))
    add("prompt.reminderAlreadyGiven", w.reminderAlreadyGiven(by: x))
    add("prompt.injectAlreadyGiven", w.injectAlreadyGiven(by: x))
    add("prompt.enterShowsNow", w.enterShowsNow)
    add("prompt.conflict", w.conflict(question: x, kept: (x, y), overruled: (y, x)))
    add("prompt.noApprovalNeeded", w.noApprovalNeeded)
    add("prompt.noPreparedMessage", w.noPreparedMessage)
    add("prompt.noMessage", w.noMessage(x, count: 2))
    add("prompt.whichToCopy", w.whichToCopy)
    add("prompt.whichPosted", w.whichPosted)
    add("prompt.whichLink", w.whichLink)
    add("prompt.whichApproved", w.whichApproved)
    add("prompt.alreadyLinked", w.alreadyLinked(at: x))
    add("prompt.linkAdded", w.linkAdded(postedAt: x, number: 2))
    add("prompt.pasteAsPosted", w.pasteAsPosted(on: x))
    add("prompt.noLongerOffered", w.noLongerOffered)
    add("prompt.emptyText", w.emptyText)
    add("prompt.overLimit", w.overLimit(2, channel: x, limit: 3))
    add("prompt.promised", w.promised(on: x, by: y))
    add("prompt.noPromise", w.noPromise(on: x))
    add("prompt.namesUnheldRole", w.namesUnheldRole([x, y]))
    add("prompt.claimsUndone", w.claimsUndone([x]))
    add("prompt.postedWithoutApproval", w.postedWithoutApproval(of: x))
    add("prompt.pasteTooLong", w.pasteTooLong)
    add("prompt.notPostedYet", w.notPostedYet)
    add("prompt.unavailable", w.unavailable(x, reason: y, instead: x, channel: y))
    add("prompt.alreadyInState.up", w.alreadyInState(x, available: true))
    add("prompt.alreadyInState.down", w.alreadyInState(x, available: false))
    add("prompt.heldAndPaused", w.heldAndPaused(instead: x))
    add("prompt.outOfDate", w.outOfDate([x], variable: y))
    add("prompt.varTakesPair", w.varTakesPair(x))
    add("prompt.playbookHasNoVariable", w.playbookHasNoVariable(x, y))
    add("prompt.varRefused", w.varRefused(x))
    add("prompt.timeRefused.malformed", w.timeRefused(.malformed(x), variable: y))
    add("prompt.timeRefused.future", w.timeRefused(.future(x, now: sampleTime), variable: y))
    add("prompt.timeRefused.tooEarly", w.timeRefused(.tooEarly(x), variable: y))
    add("prompt.needsTime", w.needsTime(x))
    add("prompt.nothingToApprove", w.nothingToApprove(x))
    add("prompt.noTemplate", w.noTemplate(x, in: y, suggestion: x))
    add("prompt.needsNoApproval", w.needsNoApproval(x))
    add("prompt.needingApproval", w.needingApproval([x], playbook: y))
    add("prompt.needingApproval.none", w.needingApproval([], playbook: y))
    add("prompt.whichPlaybook", w.whichPlaybook)
    add("prompt.numberOrName", w.numberOrName)
    add("prompt.pickNumber", w.pickNumber(2))
    add("prompt.nothingOpen", w.nothingOpen)
    add("prompt.stillOpen", w.stillOpen(2))
    add("prompt.andMore", w.andMore(2))
    add("prompt.confirmResolve", w.confirmResolve(drill: false, summary: x))
    add("prompt.confirmResolve.drill", w.confirmResolve(drill: true, summary: x))
    add("prompt.askSummary", w.askSummary(drill: false))
    add("prompt.askSummary.drill", w.askSummary(drill: true))
    add("prompt.notResolved", w.notResolved)
    add("prompt.summaryPlease", w.summaryPlease)
  }

  private static func obligations(_ w: any ObligationWords, _ add: (String, String) -> Void) {
    add("obligation.paused", w.paused)
    add("obligation.open", w.open)
    add("obligation.overdue", w.overdue(x))
    add("obligation.dueIn", w.dueIn(x))
    add("obligation.step", w.step(x))
    add("obligation.deadline", w.deadline(x))
    add("obligation.passedOver", w.passedOver)
    add("obligation.notReachedYet", w.notReachedYet)
    add("obligation.promisedUpdate", w.promisedUpdate(on: x, by: y))
    add("obligation.pausedUnavailable", w.pausedUnavailable(x))
    add("obligation.publicUpdate", w.publicUpdate(every: x))
    add("obligation.clockStarts", w.clockStarts(when: x, set: y))
    add("obligation.approval", w.approval(of: x, template: y))
    add("obligation.stale", w.stale(x, variables: [y]))
    add("obligation.unavailable", w.unavailable(x, reason: y))
    add("obligation.postInstead", w.postInstead(on: x))
    add("obligation.owner", w.owner(x, holder: y))
    add("obligation.unassigned", w.unassigned(x, deputy: nil))
    add("obligation.unassigned.deputy", w.unassigned(x, deputy: y))
    add("obligation.noOwner", w.noOwner)
    add("obligation.onChannels", w.onChannels([x, y]))
    add("obligation.dueSoon", w.dueSoon(x, in: y))
    add("obligation.promisedOn", w.promisedOn(x, by: y))
    add("obligation.titled", w.titled(x, owner: y))
    add("obligation.promiseLate", w.promiseLate(on: x, by: y))
    add("obligation.ranOut", w.ranOut(x, at: y, owner: x))
    add("obligation.wasDue", w.wasDue(x, at: y, owner: x))
    add("obligation.silence", w.silence(x, channels: ""))
    add("obligation.noPublicUpdateYet", w.noPublicUpdateYet(channels: ""))
  }

  private static func status(_ w: any StatusWords, _ add: (String, String) -> Void) {
    add("status.drill", w.drill)
    for raw in ["open", "paused", "resolved"] { add("status.status.\(raw)", w.status(raw)) }
    add("status.severity", w.severity("high"))
    add("status.knownSince", w.knownSince(x, opened: y, by: x))
    add("status.started", w.started(x, by: y))
    add("status.resolvedAt", w.resolvedAt(x))
    add("status.now", w.now(x))
    add("status.currentStep", w.currentStep(x))
    add("status.noCurrentStepDone", w.noCurrentStepDone)
    add("status.noCurrentStep", w.noCurrentStep)
    add("status.openObligations", w.openObligations(2))
    add("status.next", w.next)
    add("status.dueAt", w.dueAt(x))
    add("status.lastUpdate", w.lastUpdate(ago: x, at: y))
    add("status.noUpdateYet", w.noUpdateYet)
    add("status.nextUpdateDue", w.nextUpdateDue(x, when: y))
    add("status.overdueBy", w.overdueBy(x))
    add("status.dueIn", w.dueIn(x))
    add("status.stepDue", w.stepDue(x, in: y))
    add("status.unassigned", w.unassigned)
    add("status.roles", w.roles)
    add("status.since", w.since(x))
    add("status.onItNow", w.onItNow)
    add("status.nobody", w.nobody)
    add("status.allShared", w.allShared)
    add("status.notShared.one", w.notShared(1))
    add("status.notShared.two", w.notShared(2))
  }

  private static func command(_ w: any CommandWords, _ add: (String, String) -> Void) {
    add("command.overviewIntro", w.overviewIntro(version: "0"))
    add("command.usage", w.usage)
    add("command.overviewUsage", w.overviewUsage)
    add("command.commands", w.commands)
    add("command.overviewOutro", w.overviewOutro)
    add("command.options", w.options)
    for name in commandNames {
      add("command.summary.\(name)", w.summary(name, english: "\u{0}"))
    }
    add("command.seeHelp", w.seeHelp(x))
    add("command.seeHelp.overview", w.seeHelp(nil))
    add("command.unknownCommand", w.unknownCommand(x, suggestion: y))
    add("command.unknownOption", w.unknownCommand("--" + x, suggestion: nil))
    add("command.needsValue", w.needsValue(x, value: y))
    add("command.givenTwice", w.givenTwice(x))
    add("command.takesNoValue", w.takesNoValue(x))
    add("command.missingArgument", w.missingArgument(usage: x))
    add("command.unexpectedArgument", w.unexpectedArgument(x, usage: y))
    add("command.unknownOption.for", w.unknownOption(x, command: y, suggestion: x))
    for expected in ["a number above 0, e.g. 10", "a number above 0", "a duration like 15m"] {
      add("command.optionTakes.\(expected)", w.optionTakes(x, expected: expected, got: y))
    }
    add("command.unknownSeverity", w.unknownSeverity(x))
    add("command.unknownLanguage", w.unknownLanguage(x))
    add("command.audienceTakes", w.audienceTakes(x))
    add("command.formatTakes", w.formatTakes(x))
    add("command.timeMalformed", w.timeMalformed(x, got: y))
    add("command.timeInFuture.at", w.timeInFuture("--at", x, now: y))
    add("command.timeInFuture.since", w.timeInFuture("--since", x, now: y))
    add("command.timeTooEarly", w.timeTooEarly(x, y))
    add("command.sinceTooLongAgo", w.sinceTooLongAgo(x, now: y))
    add("command.playbookOrLog", w.playbookOrLog)
    add("command.mergeNeedsOutput", w.mergeNeedsOutput)
    add("command.exportExists", w.exportExists(x))
    add("command.mergeExists", w.mergeExists(x))
    add("command.exportUpToDamage", w.exportUpToDamage)
    for name in discussedCommands {
      add("command.discussion.\(name)", w.discussion(name, english: "\u{0}"))
    }
    add("command.noteIn", w.noteIn(x, happenedAt: y))
    add("command.alreadyOpen", w.alreadyOpen(id: x, title: y, at: x))
    add("command.resolved", w.resolved(x))
    add("command.leftOpen", w.leftOpen(2))
    add("command.scorecardRecorded", w.scorecardRecorded)
    add("command.noteEmpty", w.noteEmpty)
    add("command.alreadyResolved", w.alreadyResolved(x))
    add("command.resolvedSeeExport", w.resolvedSeeExport(x))
    add("command.syncBusy", w.syncBusy(x))
    add("command.notSharedOffline", w.notSharedOffline(x, waiting: 2))
    add("command.allShared", w.allShared)
    add("command.synced", w.synced(notShared: 2))
    add("command.unknownTeamCommand", w.unknownTeamCommand(x))
    add("command.alreadyTeamDirectory", w.alreadyTeamDirectory(x))
    add("command.notTeamDirectory", w.notTeamDirectory(x))
    add("command.notEmptyForTeam", w.notEmptyForTeam(x))
    add("command.cannotClone", w.cannotClone(x, reason: y))
    add("command.cannotPush", w.cannotPush(x, reason: y))
    add("command.cloneOf", w.cloneOf(x, url: y))
    add("command.remoteWasEmpty", w.remoteWasEmpty)
    add("command.writesAsDevice", w.writesAsDevice(x))
    add("command.sharedWith", w.sharedWith(x, directory: y).joined(separator: "\n"))
    add("command.noIncidents", w.noIncidents(in: x))
    add("command.listHeader", w.listHeader.joined(separator: " "))
    for raw in ["live", "drill"] { add("command.mode.\(raw)", w.mode(raw)) }
    for raw in ["open", "paused", "resolved"] { add("command.status.\(raw)", w.status(raw)) }
    add("command.dateTime", w.dateTime(sampleTime))
  }

  private static func errors(_ w: any ErrorWords, _ add: (String, String) -> Void) {
    add("errors.errorPrefix", w.errorPrefix)
    add("errors.noIncidents", w.noIncidents(in: x))
    add("errors.noIncident", w.noIncident(x, suggestion: y))
    add("errors.ambiguous", w.ambiguous(x, matches: [x, y]))
    add("errors.noneOpen", w.noneOpen)
    add("errors.severalOpen", w.severalOpen([x, y]))
    add("errors.resolvedRefusal", w.resolvedRefusal(x, by: y, at: x))
    add("errors.neverStarted", w.neverStarted)
    add("errors.cannotCreateDirectory", w.cannotCreateDirectory(x, y))
    add("errors.cannotWriteDirectory", w.cannotWriteDirectory(x, y))
    add("errors.incidentExists", w.incidentExists(x))
    add("errors.cannotCreate", w.cannotCreate(x, y))
    add("errors.cannotOpen", w.cannotOpen(x, y))
    add("errors.cannotRead", w.cannotRead(x, y))
    add("errors.withoutLineEnd", w.withoutLineEnd(x, y))
    add("errors.notRecordedPartly", w.notRecordedPartly(x, y))
    add("errors.notRecorded", w.notRecorded(x, y))
    add("errors.notDurable", w.notDurable(x, y))
    add("errors.invalidEvent", w.invalidEvent(x))
    add("errors.wouldNotReadBack", w.wouldNotReadBack(x, y))
    add("errors.cannotAppend", w.cannotAppend(x, y))
    add("errors.timeOutOfRange", w.timeOutOfRange(x, what: y, year: 10000))
    add("errors.brokenAt", w.brokenAt(x, line: 3, checkedOut: 2))
    add("errors.noEvents", w.noEvents(x))
    add("errors.intact", w.intact(events: 2, first: x, last: y))
    add("errors.tornLastLine", w.tornLastLine(3))
    add("errors.head", w.head(x))
    add("errors.teamIntact", w.teamIntact(chains: 2))
    add("errors.teamErrorPrefix", w.teamErrorPrefix)
    add("errors.wrongDevice", w.wrongDevice(x, names: nil, chain: y))
    add("errors.noStart", w.noStart(x))
    add("errors.severalStarts", w.severalStarts(x, places: [x, y]))
    add("errors.severalIncidents", w.severalIncidents(x, ids: [x, y]))
    add("errors.linkToNothing", w.linkToNothing(x, message: 2, device: y))
  }

  /// The commands whose summaries the catalogue words (the executable's table).
  public static let commandNames = [
    "lint", "show", "convert", "start", "resume", "status", "note", "approve", "resolve",
    "list", "drill", "replay", "verify", "merge", "export", "team", "sync",
  ]

  /// The commands whose `help` has a discussion (the executable's table; LanguageTests
  /// checks it against the binary's help).
  public static let discussedCommands = [
    "lint", "convert", "start", "resume", "note", "approve", "drill", "replay", "verify",
    "merge", "export", "team", "sync",
  ]

  /// 2026-11-21 17:03 in Berlin.
  static let sampleTime = Timestamp(milliseconds: 1_795_276_992_000, utcOffset: 3600)

  /// One event of each type the screen words, with sample fields.
  static func events() -> [(String, IncidentEvent)] {
    let bodies: [(String, EventBody)] = [
      ("stepStarted", .stepStarted(StepStarted(step: x))),
      ("stepDone", .stepDone(StepDone(step: x))),
      ("stepSkipped", .stepSkipped(StepSkipped(step: x, reason: nil))),
      ("decision", .decision(DecisionTaken(step: x, question: x, answer: y, next: nil))),
      (
        "messageSent",
        .messageSent(MessageSent(step: x, template: x, channel: x, text: y, url: nil))
      ),
      ("varSet", .varSet(VariableSet(name: x, value: y))),
      ("note", .note(NoteAdded(text: x))),
      ("reminder.update", .reminder(ReminderGiven(kind: .update, step: nil, text: ""))),
      ("reminder.deadline", .reminder(ReminderGiven(kind: .deadline, step: nil, text: x))),
      ("reminder.soon", .reminder(ReminderGiven(kind: .soon, step: nil, text: x))),
      ("inject", .inject(InjectGiven(source: .playbook, title: x, text: y, role: x))),
      ("severityChanged", .severityChanged(SeverityChanged(from: .low, to: .high))),
      ("incidentPaused", .incidentPaused(IncidentPaused())),
      ("incidentResumed", .incidentResumed),
      ("incidentResolved", .incidentResolved(IncidentResolved(summary: x))),
      ("clockPaused", .clockPaused),
      ("clockResumed", .clockResumed),
      ("clockAdvanced", .clockAdvanced(ClockAdvanced(seconds: 600))),
      ("messageLinked", .messageLinked(MessageLinked(message: 1, template: x, channel: x, url: y))),
      ("messageApproved", .messageApproved(MessageApproved(template: x, role: y, by: x))),
      ("channelDown", .channelState(ChannelStateChanged(channel: x, available: false))),
      ("channelUp", .channelState(ChannelStateChanged(channel: x, available: true))),
      ("operatorJoined", .operatorJoined(OperatorJoined(session: x))),
      ("operatorLeft", .operatorLeft(OperatorLeft(session: x, reason: "end of input"))),
    ]
    return bodies.map { key, body in
      (
        key,
        IncidentEvent(
          seq: 1, ts: sampleTime, incident: x, mode: .live, body: body, actor: x, line: 1)
      )
    }
  }
}
