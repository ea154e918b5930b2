"""probe245 corpus notes, Y15-Y20 (assisted living and memory care; all people and places invented)."""

Y15 = {"patient_id": "Y15", "age": 86, "sex": "F", "notes": [
("2019-10-07", "Visiting Physician Monthly Note", """
Brookhollow Residences - monthly - Oct 7 2019 - Dr. P. Halloran
86F; dialysis-dependent ESRD, three runs weekly (M/W/F) for six years; T2DM, NPH twice a
day given by the med aide into her abdomen; HFpEF; obesity (BMI 34.0). No anticoagulants,
never warfarin.
Med aide reports the spots low on the belly where the NPH goes have become sore, firm
"knots" over ~3 wks.
Exam: two firm tender violaceous nodules, LLQ 3 cm and RLQ 2 cm, overlying mottling, no
ulceration, no warmth.
A: nodules at insulin sites - lipohypertrophy or a small hematoma, though early
calciphylaxis is not excluded.
P: NPH sites moved to backs of arms starting tonight; derm referral; Ca/PO4/PTH at
dialysis.
"""),
("2019-10-30", "Nephrology Note - HD Unit", """
Nephrology - HD unit - 10/30/19
Abdominal nodules still tender, the LLQ one now with a dusky centre. Possible calciphylaxis;
derm biopsy offered again - pt and son decline. Pt has been asking to stop dialysis for
weeks; goals-of-care meeting today with son Emmerich, SW and charge RN.
Decision: withdraw HD after Friday's run (11/1), hospice referral to Juniper Hospice.
Labs: phos 6.2, PTH 590, albumin 2.9. Stop sevelamer once on hospice. Son aware death
usually follows within 1-2 wks of stopping; he wants her back at Brookhollow, not the
hospital.
"""),
("2019-11-12", "Hospice RN Admission Visit", """
Juniper Hospice - RN admission visit at Brookhollow Residences - 11/12/2019
Primary dx: ESRD, dialysis withdrawn (last HD 11/1). Secondary: HFpEF, T2DM.
Skin: LLQ and RLQ abdominal nodules, dusky, tender - per chart "possible calciphylaxis vs
insulin site reaction", never biopsied. No open wounds. Sacrum intact.
Insulin stopped today, fingersticks discontinued per comfort goals.
Pain: morphine 2mg under the tongue every 2 hours if needed, last dose 0900 with good
effect. Son at bedside; POLST comfort measures only. Aides to turn q2h with pillows,
mouth care, no vitals.
"""),
]}

Y16 = {"patient_id": "Y16", "age": 83, "sex": "M", "notes": [
("2024-05-08", "Weekly Skin Check", """
Bluebell neighborhood (Harrowgate Commons) - weekly skin check - 05/08/2024 - CNA Jorun
R heel: dark purple/black area, dry, roughly quarter-sized. Res sits in the recliner
most of the day w/ both heels pushed down hard on the footrest, keeps sliding down.
L heel: pink, blanches.
Buttocks/sacrum: intact. Arms: old bruises fading.
Nurse R. Tannehill: R heel 2.5 cm dry eschar with purple halo - unstageable pressure injury
vs something else. Heel boots ordered, float heels in bed, wound MD to see next visit.
"""),
("2024-05-15", "Wound Physician Note", """
Wound MD (mobile) - Dr. L. Castellanos-Reyes - 15 May 2024
83M, dementia; ESRD, dialyzed Tues/Thurs/Sat; DM2 handled with diet only; AF on warfarin.
BMI 20.9.
R heel: dry black eschar 3x2.8cm with a violaceous retiform rim running onto the lateral
heel; pain out of proportion (grimaces to light touch).
Differential: pressure injury (unstageable), arterial ulcer, or calciphylaxis given ESRD
and warfarin. Not debrided. Recommend derm punch biopsy at the lateral rim, ABI, and to ask
nephrology about phos/PTH. Keep heels offloaded, skin prep to eschar, leave dry.
"""),
("2024-05-29", "Transfer Summary", """
Harrowgate Commons - discharge/transfer summary - 5/29/24
Transferred today to Fallowfield SNF for a higher level of care after 3 falls in May and
rising care needs. Son (Aurelio) agrees.
Active problems: dementia w/ behaviors; ESRD on HD TTS (chair time 0600 at Tidewater);
DM2 (diet); AF on warfarin.
Skin: R heel wound - "possible calciphylaxis vs pressure", derm biopsy not yet done; SNF
wound team to follow up. Offloading boots go with him.
Meds and MAR sent with the resident; last warfarin dose 5/28 1700.
"""),
]}

Y17 = {"patient_id": "Y17", "age": 69, "sex": "F", "notes": [
("2021-05-25", "NP Visit Note", """
Sycamore Landing - NP visit - 5/25/2021
69F, ESRD on PD (CCPD, since 2019), HTN, obesity (BMI 37.1), AF - warfarin was discussed in
2019 but never started; on apixaban. Not diabetic (A1c 5.5).
C/o tender "lumps" along both inner thighs, present roughly a month.
Exam: medial thighs bilaterally - subcutaneous nodules 1-2cm, firm and tender, set in a
violaceous net-like livedo, L > R, no ulceration. No fever.
A: concern for calciphylaxis given PD and high phos (7.4); ddx panniculitis, livedo from
another cause.
P: derm asap, PD nurse aware, stop calcium carbonate.
"""),
("2021-06-02", "Dermatology Note", """
Dermatology - Sycamore Landing referral - June 2, 2021
69 yo woman on CCPD, sent by the facility NP.
Bilateral medial thigh livedo racemosa with tender nodules, L more than R. No eschar yet,
no ulceration. Peripheral pulses intact.
Impression: favor calciphylaxis; differential includes lupus panniculitis and cholesterol
emboli.
Plan: deep incisional biopsy booked 6/10/21; plain films of the thighs looking for vessel
calcification; continue PD, discuss STS with nephrology if biopsy supports. Avoid tight
clothing over the thighs meanwhile.
"""),
("2021-06-09", "Family Phone Call", """
Phone call - 06/09/21 - Marguerite V., resident services
Daughter Soledad called: she is moving her mom to live with her in Tucson tomorrow, move
decided this week. Asked us to cancel the biopsy on 6/10 - she'll find a dermatologist and PD
unit there. Records release signed; derm note, labs and MAR faxed to the daughter's PCP.
Daughter says thigh lumps "about the same", mom using a walker well.
Move-out inspection scheduled for Friday; deposit paperwork to the business office.
"""),
]}

Y18 = {"patient_id": "Y18", "age": 78, "sex": "F", "notes": [
("2018-02-14", "CNA Observation", """
Heron Point Memory Care - CNA observation - 2/14/18 (Valentine's Day)
Res keeps asking for her "warm bag" for leg cramps. Since New Year's the evening aide has
been heating the microwave rice bag and laying it on her left shin at bedtime. Tonight saw
an open sore on the L shin under where the bag goes, size of a nickel, with a dark edge,
and brownish lacy marks around it.
Res pulled leg away and said "hot hot". Bag removed from room.
Told nurse on duty (Sunniva). Res otherwise ate well, attended music group.
"""),
("2018-02-20", "NP Visit Note", """
NP note - Heron Point MC - 02/20/2018
78F, Alzheimer dementia; CKD 4 with eGFR 22 (no dialysis); T2DM, glargine nightly; DVT in
2017, still on warfarin; obesity - BMI 31.7.
L anterior shin: shallow ulcer 2x1.5cm, dark rim, reticulated brown-red pigmentation
around it. Tender.
A: L shin ulcer - thermal injury from the rice bag vs calciphylaxis (CKD 4 + warfarin),
r/o calciphylaxis.
P: derm biopsy; no heat packs; INR; protect shin with foam. Staff educated: no microwave
bags or heating pads for any resident on this hall without an order.
"""),
("2018-03-08", "Dermatology Consult", """
Dermatology consult - 8 March 2018
78 y/o from Heron Point memory care, accompanied by a caregiver who brought the MAR and
the nursing photos; history mainly from staff since the patient cannot give one.
L shin punch biopsy (2/27/18): erythema ab igne pattern with epidermal necrosis from heat;
no vascular calcification on routine or von Kossa stains, no thrombosis.
Impression: thermal injury with superficial ulceration. Calciphylaxis ruled out.
Ulcer now 1.5x1cm, granulating, improving since heat stopped.
Plan: petrolatum + nonadherent dressing, no heating devices; recheck 6 wks.
BMI 31.7.
"""),
]}

Y19 = {"patient_id": "Y19", "age": 66, "sex": "M", "notes": [
("2023-09-19", "Visiting Physician Monthly Note", """
Magnolia Terrace - monthly visit - 19 Sep 2023 - Dr. S. Haugland
66M; T1DM (dx age 14), insulin pump with the cannula in his abdomen (set changed
every 3rd day by the nurse); CKD 3a, eGFR 52; HTN; R hemiparesis after a 2021 stroke.
No warfarin, no anticoagulation at all - aspirin only.
Family hx: mother had calciphylaxis while on dialysis and died of it in 1998; pt worries
about the same.
Exam: BMI 23.0. Skin: pump sites clean, no nodules; legs and trunk free of ulcers and
purpura.
A/P: reassured - stable CKD 3a, no dialysis planned, no signs of calciphylaxis. A1c 7.2.
Continue current pump settings.
"""),
("2023-10-24", "Family Phone Call", """
Family call 10/24/23 - LPN Ignatius
Sister (Berenike) called from Duluth after reading on a website about calcium blocking
tiny skin arteries. Their mother had calciphylaxis; she asks if her brother should be
checked, and whether it could be passed down.
Relayed Dr. Haugland's note: his kidney function is moderately reduced, dialysis is not
needed, and his skin checks show no sores. Weekly skin checks continue; pump site
rotation per nurse.
Sister satisfied, will visit Thanksgiving and bring his winter coat. Res himself says he
feels "fine, just bored"; playing cribbage with the men's group.
"""),
]}

Y20 = {"patient_id": "Y20", "age": 75, "sex": "F", "notes": [
("2025-06-05", "Nephrology NP Note - Dialysis Unit", """
Northgate Dialysis - nephrology NP chairside note - 6/5/25
75F from Oakfield Gardens AL. ESRD; HD TuThSa, L upper arm AVF. Non-diabetic; not
anticoagulated.
She wants to know if heat or an ice pack would be OK for her sore low back. Told her:
nothing hot or frozen (pad, pack, bottle) directly on the skin, because with her kidneys
calciphylaxis is a real risk and skin heals slowly; acetaminophen + gentle stretching
instead.
Skin: no ulcers, no purpura, AVF site clean.
Post-HD wt 64.3 kg (EDW 64.0).
Plan: phos 5.8 - binder unchanged; PTH next month.
"""),
("2025-07-15", "Fall Incident Report", """
OAKFIELD GARDENS - FALL REPORT - event 07/14/2025 ~19:40
Res found sitting on floor next to recliner, says she "missed the chair". Bruise R elbow
3 cm, no skin tear. Ice pack to R elbow 15 min. No head strike, neuro WNL.
Skin check done after fall: otherwise intact, no open areas; nothing suggesting
calciphylaxis per nurse.
Wt 63.8 kg this morning.
Follow-up: wellness nurse to recheck elbow 7/15 and 7/16; PT for transfers; call pendant
battery replaced; daughter informed by text at 2015.
"""),
]}

PATIENTS = [Y15, Y16, Y17, Y18, Y19, Y20]
