//! Helpers shared by the exchange tests: the plan, a phone's sample data,
//! exports of it, and random edit histories on several devices.
#![allow(dead_code)]

// The clock, stamps and `apply` are the workspace tests' own.
#[path = "../common/mod.rs"]
mod common;
pub use common::{apply, day, stamp, t};

use chrono::NaiveDate;
use danzhou_green_community::assessment::{ActionState, Change, PhotoRef, Rating, Responsible};
use danzhou_green_community::exchange::{
    build_export, import_into, DeviceInfo, ExportDocument, ExportOptions,
};
use danzhou_green_community::hashing::sha256_hex;
use danzhou_green_community::plan::{self, Plan};
use danzhou_green_community::records::{PhotoBlob, Records};
use danzhou_green_community::workspace::{Stamp, Workspace};
use proptest::prelude::*;

pub fn plan() -> Plan {
    plan::embedded()
}

/// The bytes of sample photo `n` and a reference to them.
pub fn photo(n: usize) -> (PhotoRef, Vec<u8>) {
    let bytes = format!("photo bytes number {n}").into_bytes();
    let reference = PhotoRef {
        hash: sha256_hex(&bytes),
        mime: "image/jpeg".into(),
        bytes: bytes.len() as u64,
        width: 4,
        height: 3,
        taken_at: t(0),
        caption: format!("照片 {n}"),
    };
    (reference, bytes)
}

pub fn action(description: &str, due: NaiveDate, done: bool) -> ActionState {
    ActionState {
        description: description.into(),
        responsible: Responsible::Unit("那大镇".into()),
        due,
        done,
    }
}

/// A phone with community `c1` (东风社区): two results, a note, a photo,
/// an open action and a finished inspection.
pub fn phone() -> Workspace {
    let mut ws = Workspace::new("phone-a".into(), vec![], vec![]);
    let community = ws.new_community("东风社区", "c1".into(), t(0)).unwrap();
    ws.put_community(community);
    let inspection = ws
        .new_inspection(
            &"c1".into(),
            day(2026, 11, 28),
            &["王芳"],
            "insp-1".into(),
            t(1),
        )
        .unwrap();
    ws.put_inspection(inspection);
    let change = ws.result_change(
        &"c1".into(),
        &"a1-01".into(),
        Rating::Met,
        None,
        stamp("ch-1", 2),
    );
    apply(&mut ws, change.unwrap());
    let change = ws.result_change(
        &"c1".into(),
        &"a1-02".into(),
        Rating::NotApplicable,
        Some("本社区没有物业"),
        stamp("ch-2", 3),
    );
    apply(&mut ws, change.unwrap());
    let change = ws.note_change(
        &"c1".into(),
        &"a1-01".into(),
        "垃圾分类已落实",
        stamp("ch-3", 4),
    );
    apply(&mut ws, change.unwrap());
    let change = ws.photo_added(&"c1".into(), &"a2-01".into(), photo(1).0, stamp("ch-4", 5));
    apply(&mut ws, change.unwrap());
    let units = plan().areas[0].responsible_units.clone();
    let new = action("修补路面", day(2026, 12, 31), false);
    let change = ws.action_change(
        &"c1".into(),
        &"a1-03".into(),
        &"act-1".into(),
        Some(new),
        &units,
        stamp("ch-5", 6),
    );
    apply(&mut ws, change.unwrap());
    let finished = ws.finished_inspection(&"insp-1".into(), t(7)).unwrap();
    ws.put_inspection(finished);
    ws
}

/// The phone's records with the bytes of its photo.
pub fn phone_dataset() -> Records {
    let mut dataset = phone().records.clone();
    let (reference, bytes) = photo(1);
    dataset.insert_photo(
        reference.hash,
        PhotoBlob {
            mime: "image/jpeg".into(),
            data: bytes,
        },
    );
    dataset
}

pub fn options(with_photos: bool) -> ExportOptions {
    ExportOptions {
        device: DeviceInfo {
            id: "phone-a".into(),
            user_name: "王芳".into(),
        },
        exported_at: t(100),
        with_photos,
        relay: false,
        city: None,
        office_devices: Vec::new(),
    }
}

/// The phone's export of `c1`.
pub fn phone_export(with_photos: bool) -> ExportDocument {
    build_export(
        &phone_dataset(),
        &[&"c1".into()],
        &plan(),
        options(with_photos),
    )
}

/// `dataset` after importing `document` (which must be a checked file).
pub fn imported(dataset: &Records, document: &ExportDocument) -> Records {
    let mut after = dataset.clone();
    after.absorb(&import_into(dataset, document).to_write);
    after
}

// ---- random edit histories on several devices ----

pub const DEVICES: usize = 3;
pub const ITEMS: [&str; 3] = ["a1-01", "a1-02", "a2-01"];
const NOTES: [&str; 3] = ["", "路面破损", "已整改"];
const ACTIONS: [&str; 2] = ["act-1", "act-2"];
const NAMES: [&str; 3] = ["东风社区", "东风社区居委会", "新东风社区"];

/// One thing one device does.
#[derive(Clone, Debug)]
pub enum Op {
    Rate {
        item: usize,
        rating: usize,
    },
    Note {
        item: usize,
        text: usize,
    },
    AddPhoto {
        item: usize,
        photo: usize,
    },
    RemovePhoto {
        item: usize,
        photo: usize,
    },
    SetAction {
        item: usize,
        action: usize,
        due_day: u32,
        done: bool,
    },
    DeleteAction {
        item: usize,
        action: usize,
    },
    Undo {
        item: usize,
    },
    Rename {
        name: usize,
    },
    StartInspection,
    FinishInspection,
    /// Takes in everything another device has (as after an import).
    Sync {
        from: usize,
    },
    /// Takes one of another device's records with altered content: a
    /// damaged file's id clash.
    Clash {
        from: usize,
    },
}

pub fn op() -> impl Strategy<Value = Op> {
    let item = 0..ITEMS.len();
    prop_oneof![
        4 => (item.clone(), 0..Rating::ALL.len()).prop_map(|(item, rating)| Op::Rate { item, rating }),
        2 => (item.clone(), 0..NOTES.len()).prop_map(|(item, text)| Op::Note { item, text }),
        2 => (item.clone(), 0..2usize).prop_map(|(item, photo)| Op::AddPhoto { item, photo }),
        1 => (item.clone(), 0..2usize).prop_map(|(item, photo)| Op::RemovePhoto { item, photo }),
        2 => (item.clone(), 0..ACTIONS.len(), 1..28u32, any::<bool>())
            .prop_map(|(item, action, due_day, done)| Op::SetAction { item, action, due_day, done }),
        1 => (item.clone(), 0..ACTIONS.len()).prop_map(|(item, action)| Op::DeleteAction { item, action }),
        2 => item.prop_map(|item| Op::Undo { item }),
        1 => (0..NAMES.len()).prop_map(|name| Op::Rename { name }),
        1 => Just(Op::StartInspection),
        1 => Just(Op::FinishInspection),
        3 => (0..DEVICES).prop_map(|from| Op::Sync { from }),
        1 => (0..DEVICES).prop_map(|from| Op::Clash { from }),
    ]
}

/// A history: which device does what, in order.
pub fn history(max_steps: usize) -> impl Strategy<Value = Vec<(usize, Op)>> {
    prop::collection::vec((0..DEVICES, op()), 0..max_steps)
}

/// Each device's records (with the bytes of the photos it mentions) after
/// the history.
pub fn play(steps: &[(usize, Op)]) -> Vec<Records> {
    let mut devices: Vec<Workspace> = (0..DEVICES).map(device).collect();
    for (step, (d, op)) in steps.iter().enumerate() {
        // Two steps share each second, so timestamps tie now and then.
        let at = (step / 2) as i64;
        let id = format!("d{d}-s{step}");
        let ws = do_step(&devices, *d, op, id, at);
        devices[*d] = ws;
    }
    devices.iter().map(with_photo_bytes).collect()
}

fn device(n: usize) -> Workspace {
    let community = danzhou_green_community::community::Community {
        id: "c1".into(),
        name: NAMES[0].into(),
        created_at: t(0),
        updated_at: t(0),
    };
    Workspace::new(format!("device-{n}").into(), vec![community], vec![])
}

fn do_step(devices: &[Workspace], d: usize, op: &Op, id: String, at: i64) -> Workspace {
    let mut ws = devices[d].clone();
    let s = Stamp::new(id.clone().into(), t(at), format!("用户{d}"));
    let units = plan().areas[0].responsible_units.clone();
    let change = match op {
        Op::Rate { item, rating } => {
            let rating = Rating::ALL[*rating];
            let reason = (rating == Rating::NotApplicable).then_some("无此设施");
            ws.result_change(&"c1".into(), &(ITEMS[*item]).into(), rating, reason, s)
                .ok()
                .flatten()
        }
        Op::Note { item, text } => ws
            .note_change(&"c1".into(), &(ITEMS[*item]).into(), NOTES[*text], s)
            .ok()
            .flatten(),
        Op::AddPhoto { item, photo: n } => ws
            .photo_added(&"c1".into(), &(ITEMS[*item]).into(), photo(*n).0, s)
            .ok()
            .flatten(),
        Op::RemovePhoto { item, photo: n } => {
            ws.photo_removed(&"c1".into(), &(ITEMS[*item]).into(), &photo(*n).0.hash, s)
        }
        Op::SetAction {
            item,
            action: a,
            due_day,
            done,
        } => {
            let state = action("清理楼道杂物", day(2026, 12, *due_day), *done);
            ws.action_change(
                &"c1".into(),
                &(ITEMS[*item]).into(),
                &(ACTIONS[*a]).into(),
                Some(state),
                &units,
                s,
            )
            .ok()
            .flatten()
        }
        Op::DeleteAction { item, action: a } => ws
            .action_change(
                &"c1".into(),
                &(ITEMS[*item]).into(),
                &(ACTIONS[*a]).into(),
                None,
                &units,
                s,
            )
            .ok()
            .flatten(),
        Op::Undo { item } => ws.undo_last(&"c1".into(), &(ITEMS[*item]).into(), s),
        Op::Rename { name } => {
            if let Some(Ok(renamed)) = ws.renamed(&"c1".into(), NAMES[*name], t(at)) {
                ws.put_community(renamed);
            }
            None
        }
        Op::StartInspection => {
            if let Ok(inspection) =
                ws.new_inspection(&"c1".into(), day(2026, 11, 28), &["王芳"], id.into(), t(at))
            {
                ws.put_inspection(inspection);
            }
            None
        }
        Op::FinishInspection => {
            let open = ws.open_inspection(&"c1".into()).map(|i| i.id.clone());
            if let Some(finished) = open.and_then(|i| ws.finished_inspection(&i, t(at))) {
                ws.put_inspection(finished);
            }
            None
        }
        Op::Sync { from } => return synced(&ws, &devices[*from]),
        Op::Clash { from } => return with_clash(ws, &devices[*from], d),
    };
    if let Some(change) = change {
        ws.apply_change(change);
    }
    ws
}

/// `ws` after taking in everything `other` holds.
fn synced(ws: &Workspace, other: &Workspace) -> Workspace {
    let merged = danzhou_green_community::records::merge(&ws.records, &other.records);
    Workspace::from_records(ws.device_id.clone(), merged)
}

fn with_clash(mut ws: Workspace, other: &Workspace, d: usize) -> Workspace {
    let Some(original) = other.changes().values().max_by_key(|c| c.id.clone()) else {
        return ws;
    };
    let altered = Change {
        author: format!("改动{d}"),
        ..original.clone()
    };
    ws.records.replace_change(altered);
    ws
}

fn with_photo_bytes(ws: &Workspace) -> Records {
    let mut dataset = ws.records.clone();
    for n in 0..2 {
        let (reference, bytes) = photo(n);
        if dataset
            .photo_hashes_of(&"c1".into())
            .contains(&reference.hash)
        {
            dataset.insert_photo(
                reference.hash,
                PhotoBlob {
                    mime: "image/jpeg".into(),
                    data: bytes,
                },
            );
        }
    }
    dataset
}
