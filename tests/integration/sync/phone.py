#!/usr/bin/python3
"""A phone's tasks app, for the sync tests: Debian's python3-caldav (an independent CalDAV
client) reads and changes the tasks of one collection.

    phone.py COLLECTION_URL list                 JSON list of {uid, summary, status, parent,
                                                 group}: parent the UID of its RELATED-TO whose
                                                 RELTYPE is PARENT (or missing), group its
                                                 X-HELIOS-GROUP ("" for a task)
    phone.py COLLECTION_URL name                 the calendar's display name
    phone.py COLLECTION_URL complete TITLE       mark the task with that summary completed
    phone.py COLLECTION_URL rename TITLE NEW     give it another summary
    phone.py COLLECTION_URL add TITLE [PARENT]   add a new task (a subtask of the to-do titled
                                                 PARENT, as phones make them)
    phone.py COLLECTION_URL move TITLE PARENT    put it under the to-do titled PARENT
    phone.py COLLECTION_URL delete TITLE         delete it

The user and password come from $PHONE_USER and $PHONE_PASSWORD (none: no authentication).
"""
import json
import os
import sys
import uuid

import caldav


def calendar(url):
    user = os.environ.get("PHONE_USER") or None
    password = os.environ.get("PHONE_PASSWORD") or None
    client = caldav.DAVClient(url, username=user, password=password)
    return client.calendar(url=url)


def summary_of(todo):
    return str(todo.vobject_instance.vtodo.summary.value)


def find(cal, title):
    for todo in cal.todos(include_completed=True):
        if summary_of(todo) == title:
            return todo
    sys.exit("no task titled %r" % title)


def parent_of(vtodo):
    for related in vtodo.contents.get("related-to", []):
        reltype = related.params.get("RELTYPE", ["PARENT"])[0].upper()
        if reltype == "PARENT":
            return str(related.value)
    return ""


def set_parent(vtodo, uid):
    for related in list(vtodo.contents.get("related-to", [])):
        if related.params.get("RELTYPE", ["PARENT"])[0].upper() == "PARENT":
            vtodo.remove(related)
    related = vtodo.add("related-to")
    related.value = uid
    related.params["RELTYPE"] = ["PARENT"]


def main(argv):
    url, action = argv[1], argv[2]
    cal = calendar(url)
    if action == "list":
        out = []
        for todo in cal.todos(include_completed=True):
            vtodo = todo.vobject_instance.vtodo
            status = vtodo.status.value if hasattr(vtodo, "status") else ""
            group = vtodo.contents.get("x-helios-group", [])
            out.append({"uid": str(vtodo.uid.value), "summary": summary_of(todo),
                        "status": str(status), "parent": parent_of(vtodo),
                        "group": str(group[0].value) if group else ""})
        print(json.dumps(out))
    elif action == "name":
        print(cal.get_display_name() or "")
    elif action == "complete":
        find(cal, argv[3]).complete()
    elif action == "rename":
        todo = find(cal, argv[3])
        todo.vobject_instance.vtodo.summary.value = argv[4]
        todo.save()
    elif action == "add":
        related = ""
        if len(argv) > 4:
            parent = find(cal, argv[4]).vobject_instance.vtodo.uid.value
            related = "RELATED-TO;RELTYPE=PARENT:%s\r\n" % parent
        cal.save_todo("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//phone//EN\r\n"
                      "BEGIN:VTODO\r\nUID:phone-%s\r\nDTSTAMP:20261204T090000Z\r\n"
                      "SUMMARY:%s\r\n%sEND:VTODO\r\nEND:VCALENDAR\r\n"
                      % (uuid.uuid4(), argv[3], related))
    elif action == "move":
        parent = find(cal, argv[4]).vobject_instance.vtodo.uid.value
        todo = find(cal, argv[3])
        set_parent(todo.vobject_instance.vtodo, str(parent))
        todo.save()
    elif action == "delete":
        find(cal, argv[3]).delete()
    else:
        sys.exit("unknown action %r" % action)


if __name__ == "__main__":
    main(sys.argv)
