"""Printed forms (reportlab): the Decree-30 page, the Front's and the Party's header blocks,
and one module per form. Each form is one function that takes a Store and options and writes
an A4 PDF (Tinos embedded) atomically to a path, returning that path:

    roster.print_body_roster(store, body_id, out, *, on_date=None)
    roster.print_register_roster(store, register, out, *, village_id=None)
    decision.print_decision(store, body_id, out, *, reserve_number=True)
    comment_round.print_comment_forms(store, year, out, *, village_id=None, person_id=None,
                                      blank=False, progress=None)
    due_list.print_due_list(store, year, out, *, village_id=None)
    activity_report.print_activity_report(store, year, out, *, half=None, reserve_number=True)
    people_list.print_people(store, out, *, village_id=None, search=None, party_member=None, sex=None)

`progress(done, total) -> bool` is called as forms are laid out; returning False raises
page.PrintCancelled and writes no file. Expected problems raise core.errors.UserError with a
Vietnamese message. Nothing is imported here, so that importing the package stays cheap.
"""
