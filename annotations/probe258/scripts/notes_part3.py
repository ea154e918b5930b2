"""probe258 corpus notes, F15-F20 (inpatient psychiatry and its consultants; all invented)."""

F15 = {"patient_id": "F15", "age": 50, "sex": "M", "notes": [
("2024-07-09", "Nursing Shift Note (Days)", """
RN note - Dogwood Unit (adult acute)
50M, PTSD + stimulant use d/o, hospital day 3. Strained his R thigh "doing pushups" in his
room - standing order used: ice pack applied to R anterior thigh by day RN, 20 min q4h PRN,
first one today 7/9.
Obs q15, no aggression, attended trauma-informed group. UDS on admission + methamphetamine.
Sleep 4 h, nightmares; prazosin dose per MD.
Medical: ESRD on HD MWF (hypertensive), HD at his outpatient unit with escort. Prediabetes
(HbA1c 6.1, on no diabetic meds). No anticoagulants. BMI 30.5.
"""),
("2024-07-18", "Hospitalist Consult", """
Hospitalist consult - Dogwood Unit
Q: lump R thigh in dialysis pt.
R anterior thigh: 3 cm deep, tender subcutaneous nodule, faintly violaceous mottled skin above,
first noticed by pt 7/15, in the area he iced last week. No ulcer, no warmth.
Ddx: cold panniculitis, hematoma from the strain, early calciphylaxis - cannot exclude given
ESRD and Ca x P 68.
Rec: soft-tissue US, derm for deep incisional bx. Stop ice packs. Renal to tighten phosphate.
Not diabetic - prediabetes only.
"""),
("2024-07-22", "Psychiatry Discharge Summary", """
Psychiatry discharge summary (against medical advice)
Declined the derm biopsy 7/21 ("no more needles"), then asked to leave; not committable - no
SI/HI, organized, able to state risks. Left AMA 7/22.
R thigh nodule unchanged; question of calciphylaxis vs cold panniculitis remains unresolved,
US showed no fluid collection. Follow-up booked with derm and his nephrologist; written info
given. HD chair confirmed at home unit.
Discharge diagnoses: PTSD; stimulant use disorder (early remission, controlled setting); ESRD on HD.
Discharge meds: sertraline, prazosin, sevelamer.
"""),
]}

F16 = {"patient_id": "F16", "age": 57, "sex": "F", "notes": [
("2018-03-06", "Psychiatry Progress Note", """
Psychiatry progress note - Harbor Unit
57F, bipolar II current episode depressed; ESRD on PD (home cycler nightly); T2DM, insulin
glargine and aspart she gives herself in the abdomen (diabetes RN: poor rotation); no
anticoagulants. BMI 41.0.
Mood improving on lamotrigine 100 mg; denies SI. Sleeping ~6 h. Eating in dining room.
Mentions tender lumps on her belly "for a few weeks", shy about showing staff.
Plan: medicine consult for the skin; continue q30 obs; OT group daily; family meeting Thursday.
"""),
("2018-03-08", "Medical Consult", """
Medicine consult - Harbor Unit
Lower abdomen: several 1-2 cm tender indurated nodules with patchy livedo over the insulin
injection areas, right and left of the navel; no ulceration, no drainage. PD exit site clean.
PTH/Ca/P 660/9.8/6.2.
Ddx: insulin lipohypertrophy / injection nodules vs early calciphylaxis (ESRD, obesity, PD).
Cannot exclude.
Rec: punch bx by derm; thighs for insulin meanwhile, nothing into the abdomen; PD team aware.
Fingerstick glucose running 140-210. Pt asks for a female examiner only - please honour.
"""),
("2018-03-12", "Psychiatry Transfer Note", """
Psychiatry transfer note - Harbor Unit
Transferred 2018-03-12 to Eastbrook Medical Center for PD catheter malfunction (poor outflow,
needs surgical revision). Derm punch bx done 3/10; pathology pending at time of transfer.
Working dx on the skin: "r/o calciphylaxis of abdominal wall at insulin sites". Results to be
forwarded to the receiving team and her outpatient psychiatrist.
Psych: stable mood, voluntary status, no SI; lamotrigine continued; will need re-referral if
she returns to us. Belongings and MAR sent with the transport team; sister informed by phone.
"""),
]}

F17 = {"patient_id": "F17", "age": 38, "sex": "M", "notes": [
("2022-11-03", "Restraint and Seclusion Record", """
EMERGENCY IM / RESTRAINT RECORD - Spruce Unit
11/03/22 16:45. 38M, schizophrenia, assaultive to a peer. 4-point restraint 16:40-17:30.
Haloperidol 10 mg + lorazepam 2 mg IM into L gluteal 16:45 (also L gluteal on 10/28 and 10/31).
q15 monitoring: circulation ok, no injuries, fluids offered. Face-to-face within 1 h done.
Medical: ESRD on HD TTS (reflux nephropathy); no DM; no warfarin. BMI 26.2.
Less restrictive steps first: verbal de-escalation, PO olanzapine offered and refused.
Release when calm, able to follow directions. Debrief completed 18:00; peer checked by RN.
"""),
("2022-11-21", "Medical Consult", """
Medical consult - Spruce Unit
L upper outer buttock: indurated purplish plaque 4x4cm at the IM sites, exquisitely tender,
found by nursing 11/18. Bedside US: nothing fluctuant; afebrile; WBC 7.1.
Ddx: sterile abscess or post-IM fat necrosis vs early calciphylaxis (ESRD, PTH 1100).
Plan: derm bx requested; empiric STS with HD for possible calciphylaxis; further IMs into a
deltoid rather than the gluteal sites.
Pt's view: "they keep sticking me in the same spot". Phos 7.9 on last run. Psych: pt guarded, mood flat, no SI.
"""),
("2022-11-29", "Transfer Summary", """
Transfer summary to Greystone State Hospital (long-term care)
Derm bx not done - pt refused three times; consult-liaison found him able to make this choice.
L buttock plaque stable in size, less tender; "?early calciphylaxis vs reaction to the IMs" is
still unresolved. STS to continue at the receiving dialysis unit per renal.
Psych: on clozapine titration, day 12, ANC fine; no restraint needed since 11/10.
HD last done 11/29 AM. Obs 1:1 for transport; guardian notified.
Pending at transfer: none.
"""),
]}

F18 = {"patient_id": "F18", "age": 66, "sex": "F", "notes": [
("2017-10-02", "Psychiatry Progress Note", """
Psychiatry progress - Unit 7
66F, MDD with psychotic features, ECT M/W/F (session 5 today). ESRD, dialysis Tu/Th/Sat.
DVT of the L leg found 9/25: renally dosed enoxaparin SC into the abdomen from 9/26 as a bridge,
warfarin started 9/27. T2DM, takes linagliptin; insulin never. BMI 28.8.
Mood slightly brighter, less nihilistic, eating 50%, MoCA deferred post-ECT. Obs q15.
Plan: continue ECT, INR daily, target 2-3. Hold AM linagliptin on ECT days (NPO).
Daughter updated by phone; consent for ECT course renewed.
"""),
("2017-10-06", "Hospitalist Consult", """
Hospitalist consult - painful dark skin L thigh
Onset 10/4, day 8 of warfarin: 10 x 8 cm sharply demarcated purple-black plaque with hemorrhagic
bullae, L anterior thigh. INR 4.1. Protein C activity 38%.
Ddx: warfarin necrosis (low protein C) vs calciphylaxis given ESRD.
Plan: warfarin off, vit K 5 mg IV, heparin coverage continues; derm bx.
Pain 9/10 - hydromorphone low dose per renal dosing; psych to hold ECT until reviewed.
Dialysis tomorrow as scheduled; heparin-free run requested from renal.
"""),
("2017-10-13", "Dermatology Consult", """
Derm consult - Unit 7
Bx 2017-10-09, L thigh: occlusive thrombi of dermal venules and capillaries, haemorrhagic necrosis;
vessel walls clean on von Kossa (NO calcium). Conclusion: warfarin-induced skin necrosis.
This rules out calciphylaxis.
Plan: wound care to the necrotic plaque, anticoagulation with heparin then apixaban; do not
rechallenge warfarin without bridging. Add "warfarin skin necrosis" to allergy/intolerance list.
Wound RN to follow twice weekly. Psych may resume ECT from a skin standpoint; hold
anything that needs lying on the L thigh.
"""),
]}

F19 = {"patient_id": "F19", "age": 42, "sex": "M", "notes": [
("2025-09-15", "Psychiatry Progress Note", """
Psychiatry progress - Unit 2 South
42M, bipolar I, three episodes of lithium toxicity -> CKD progressing to ESRD, HD MWF since 2021.
Mood stable on valproate (level 68). Denies SI/HI. Attending groups.
Asked for ice packs for a stiff neck. Educated: calciphylaxis can occur in people on dialysis,
so no long ice or heat applications to skin, and tell staff about any painful skin spots. Heat/ice declined;
offered stretching and acetaminophen.
His uncle "had calciphylaxis" while on dialysis, per pt.
Took warfarin from 2010 to 2012 for a PE; stopped then. No DM. BMI 25.5.
"""),
("2025-09-22", "Nephrology Progress Note", """
Renal rounds on the psych unit
42M, ESRD 2/2 lithium nephropathy, HD MWF via R radiocephalic AVF; tolerating treatments,
UF ~2 L, dry weight 79 kg.
Labs: PTH 320, Ca/P 9.2/5.1, albumin 3.8.
Full skin exam at his request after the education last week: no livedo, plaque or ulcer
anywhere; nothing to suggest calciphylaxis.
Plan: continue sevelamer, no cinacalcet needed; dietitian review of phosphate;
next labs in 2 weeks. Will keep doing a brief skin look at each HD while he is on the unit.
"""),
]}

F20 = {"patient_id": "F20", "age": 70, "sex": "F", "notes": [
("2020-06-05", "Medical Consult", """
Medicine consult - Laurel Unit (geri-psych)
70F, late-life depression with psychosis, T2DM on insulin glargine, HTN, kidneys normal
(this week creat 0.8, eGFR 78). Not on warfarin. BMI 31.5.
On 6/1 she received haloperidol decanoate IM into the R gluteal; immediate severe pain at the
site, then a livedoid violaceous patch; now a 6 x 5 cm dusky plaque with central necrosis,
R upper outer buttock.
Ddx: Nicolau syndrome after the IM vs injection abscess; calciphylaxis
unlikely with normal kidneys but raised by the team given diabetes/obesity.
Rec: derm bx, wound care, no further IMs into that buttock.
"""),
("2020-06-12", "Dermatology Consult", """
Dermatology consult - Laurel Unit
Bx 6/8/20 R buttock: ischemic necrosis with thrombosed medium vessels and foreign material
along the injection track; von Kossa: vessel walls without calcium.
Dx: Nicolau syndrome after IM haloperidol decanoate. Not calciphylaxis.
Plan: wound care, pain control, switch to oral antipsychotic; no need for sodium thiosulfate.
Add haloperidol decanoate IM to the adverse reaction list. Plastics if the eschar
deepens. Psych informed. Pt glad to hear her kidneys are "not the problem".
Follow-up in derm clinic 2 wks after discharge.
"""),
]}

PATIENTS = [F15, F16, F17, F18, F19, F20]
