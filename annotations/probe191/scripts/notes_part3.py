"""probe191 corpus notes, E15-E20 (medical-ward nursing handovers, SBAR and flowsheet comments, and the
clinics around them; all people, places and wording invented)."""

E15 = {"patient_id": "E15", "age": 70, "sex": "M", "notes": [
("2018-03-06", "Flowsheet Comment - MAR/Skin", """
MAR / skin flowsheet comment - 03/06/18 0830 - 2 South
Heparin 5000 u subQ every 8 h since admission 2/27; today's 0600 dose given LUQ.
At the LLQ, where doses went in on 3/1 and 3/3: two painful, firm, purple-black areas 2-3 cm
across, with lacy mottled skin between them. Pt winces at any touch. Not present on the 3/4
skin check.
0800 dose held, charge RN + hospitalist Dr. Mbatha notified; photo in chart.
Pt: 70 M, ESRD (HD Mon/Wed/Fri), pneumonia on cefepime, no diabetes, no home anticoagulant.
74kg, BMI 25.6.
"""),
("2018-03-07", "SBAR to Hospitalist", """
SBAR 3/7/2018 0700
S: Painful necrotic-looking spots at the heparin sites, L lower abdomen - now three of them.
B: 70M, ESRD on HD, admitted 2/27 with pneumonia. Plt 210 on admission -> 96 today.
A: LLQ: biggest 3.5cm with a dusky centre, the others 2cm; livedo between. VS 37.0 / 84 /
   122-60. Pain 6/10 at rest.
R: team plan after rounds: SC heparin stopped 3/6, HIT panel sent, argatroban drip started;
   derm consult ("?HISN vs ?calciphylaxis"). Please keep all
   injections off his belly, and use the bed scale, not the standing one.
"""),
("2018-03-12", "Dermatology Consult", """
DERMATOLOGY CONSULT - 03/12/2018
70M, ESRD/HD, admitted with pneumonia, thrombocytopenia on heparin.
Exam: L lower abdomen where heparin was injected - three indurated purpuric plaques, biggest
4cm, dusky grey centre, faint livedo between them.
Impression: necrotic plaques at heparin injection sites. Differential: heparin-induced skin
necrosis (HIT antibody still pending) vs calciphylaxis vs injection-site hematomas.
A punch biopsy would settle it, but pt and family declined today; after discussing goals they
chose comfort measures and he goes to inpatient hospice 3/13. Calciphylaxis therefore can be
neither confirmed nor excluded.
Recs: gentle dressing, analgesia per hospice.
"""),
]}

E16 = {"patient_id": "E16", "age": 81, "sex": "F", "notes": [
("2023-09-11", "Nursing Shift Handover", """
GERI-MED 3 - SHIFT HANDOVER 09/11/2023 0715
Rm 12B, 81 F, adm 9/4 with HF exacerbation, diuresing well (-4.1 L).
CKD 4 - creat 2.9, GFR 16 - NOT on dialysis, renal following. T2DM on insulin (detemir 10 u
qAM). AF - warfarin, INR 2.2 today. BMI 29.0.
Knee-high TED stockings on both legs since admit 9/4 (edema + VTE ppx), off 30 min each shift for
skin check.
Skin: lower legs dry and shiny, no breakdown. Heels intact.
Vitals 36.4 / 74 irreg / 118-58 / RR 18 / sat 95% RA.
Needs: 1 assist to chair, PT today, low-Na tray.
"""),
("2023-09-14", "SBAR - Skin Change", """
SBAR to Dr. Castellanos 09/14/23 1020
S: Rm 12B, new very tender dark spot L calf.
B: 81F, CKD4, not dialyzing; AF/warfarin; TEDs both legs since 9/4.
A: L calf, a ring-shaped zone below the knee at the level of the TED top band - lacy purple
   mottling and a 2cm hard, dark-centred nodule, pain 7/10. R calf has faint mottling in the
   same band, no nodule. Pulses doppler both feet. Temp 36.9.
R: TEDs taken off both legs. Please come and look; ? renal/derm. Photo in media.
"""),
("2023-09-18", "Nephrology Consult", """
NEPHROLOGY CONSULT FOLLOW-UP 9/18/2023
81F, CKD 4 - no dialysis - on warfarin for AF, DM on insulin.
Skin: tender indurated dusky nodule L upper calf, livedo around it, at the line of the TED
stocking band. Worried this is early calciphylaxis; the differential also has warfarin-related
necrosis, cholesterol emboli, or just a pressure injury from the band.
Bx discussed - pt and son prefer to defer given poor healing and her goals. Calciphylaxis cannot
be excluded; not starting sodium thiosulfate empirically.
Labs: Ca 9.6 | PO4 5.4 | iPTH 310.
Plan: d/c to SNF tomorrow, no compression stockings, renal clinic 4 wks, derm referral as
outpatient if worse.
"""),
]}

E17 = {"patient_id": "E17", "age": 52, "sex": "M", "notes": [
("2024-06-03", "Dialysis Unit Flowsheet Comment", """
HD flowsheet comment 06/03/24 - chair 9, MWF 2nd shift
52M c/o itching "all over", worst on the forearms; been scratching them for about 2 months,
esp. at night, says he wakes up with blood under his nails.
Multiple linear excoriations both forearms, some crusted, no open wounds today.
Pre-HD BP 152/90, HR 84, 66.2kg (BMI 22.3). No DM. No anticoagulants.
PO4 7.9, Ca 9.2, spKt/V 1.3 - dose short because of two shortened runs last week.
Reviewed binder adherence; renal NP to start difelikefalin; moisturizer BID; nails trimmed.
Pt agrees to stay full time Wed/Fri.
"""),
("2024-06-20", "Medical Ward Admission SBAR", """
SBAR admission handover - 6/20/24 2145 - 4 South
S: 52M admitted for a painful L forearm wound + missed HD x1.
B: ESRD, HD M/W/F via a R upper-arm graft. Uremic pruritus with scratching of both forearms for
   months.
A: L forearm: 2cm ulcer, black eschar, violaceous rim, sitting among the scratch marks; started
   ~1 week ago. K 5.9. VS 37.6 / 96 / 168-94.
R: team note says "possible early calciphylaxis vs infected excoriation" - derm consult placed,
   wound cx sent, vanc started. HD in a.m. Pt irritable, wants to go home - please keep an eye,
   security aware he threatened to leave.
"""),
("2024-06-22", "Dermatology Consult", """
DERMATOLOGY CONSULT - 06/22/2024
52M ESRD/HD with chronic pruritus; L forearm ulcer.
Exam: L dorsal forearm, 2.2cm ulcer w/ adherent eschar and violaceous indurated rim; linear
excoriations both forearms, a few healing.
Impression: excoriation ulcer with secondary infection vs early calciphylaxis - cannot exclude.
Punch bx booked for Monday 6/24 at bedside.
Addendum 6/23 0900: pt left AMA overnight; bx not done. Outpatient derm appointment mailed;
he did not attend, and the dialysis unit reports he transferred his care out of state.
"""),
]}

E18 = {"patient_id": "E18", "age": 68, "sex": "F", "notes": [
("2019-02-11", "Nursing Shift Handover", """
MED-SURG 5 HANDOVER 02/11/2019 0700
Bed 19, 68 F, adm 2/7 with hypoglycemia + fall risk; sugars stable now.
ESRD (TTS HD); T2DM - glargine, cut to 12 u; obese, BMI 33.5; no
anticoagulants.
Sat 2/9 R shin caught on the side rail as she transferred bed -> chair -> 3 cm abrasion mid R
shin, cleaned, foam dsg, checked each shift - clean, edges pink.
Vitals 36.7 / 72 / 140-70 / sat 97% RA. Fingerstick 0600 = 118.
Plan: d/c home today w/ home health for dsg changes; HD tomorrow at her own unit.
"""),
("2019-02-25", "Wound Clinic RN Note", """
WOUND CLINIC RN NOTE 2/25/19
R mid shin, site of the bed-rail abrasion from 2/9: now a 4x3cm ulcer, dusky edges, yellow
base, moderate serous drainage, pain 6/10. Pitting edema 2+ both legs, hemosiderin staining
on both shins, skin dry and flaky.
Pt on HD; nephrologist's message asks "r/o calciphylaxis?".
Home health has been doing daily dressings; pt admits she walks around barefoot at home.
Plan: Dr. Nakashima to see; derm bx arranged for 2/28; dressing alginate + foam, light wrap
deferred until after biopsy. Education on footwear and leg elevation.
"""),
("2019-03-06", "Dermatology Follow-up", """
DERMATOLOGY FOLLOW-UP 03/06/2019
68F ESRD/HD, DM on insulin, R shin ulcer after a bump on a bed rail 2/9.
Path (punch bx 2/28, ulcer edge): granulation tissue, dermal hemosiderin and stasis changes; no
vascular calcification, no thrombi, no panniculitis; von Kossa negative.
Impression: a traumatic ulcer sitting on chronic venous insufficiency. Calciphylaxis ruled out.
Bx site healing, sutures out today. Pt relieved; daughter present for the discussion.
Plan: compression 20-30 mmHg once edema tolerates, leg elevation, wound clinic weekly, recheck 6 wks,
earlier if ulcer grows.
"""),
]}

E19 = {"patient_id": "E19", "age": 45, "sex": "M", "notes": [
("2025-11-03", "PD Clinic RN Note", """
PD CLINIC RN NOTE - 11/03/2025
45M, CCPD for 8 months. T1DM dx'd at 12; on a pump (cannula sited on the belly, moved every
third day). No anticoagulants. Wt 78kg.
Pt upset today: his older brother, a hemodialysis patient in another state, died of
calciphylaxis in 2019, and he asks whether the same thing will happen to him.
Full skin check done with him: no lesions, no purpura, no livedo, pump sites clean. Exit site
clean.
Education: what to look for (painful dark patches), keep phosphate in range, binder with meals.
last draw: PO4 5.1, cCa 9.0. Dr. Osei to discuss at clinic.
"""),
("2025-11-20", "Nephrology Clinic Note", """
NEPHROLOGY CLINIC 11/20/2025
Family hx: brother - calciphylaxis while on HD, deceased 2019.
Pt: on CCPD, adequacy good (weekly Kt/V 2.1), residual urine ~600 mL/day. T1DM on pump, HbA1c
7.4%. Skin normal on exam - no sign of calciphylaxis anywhere.
Long talk with pt and his wife: his own risk is lowered by good phosphate and PTH control; we
will avoid calcium-based binders, and he is not on (and should not need) warfarin.
Plan: continue CCPD, sevelamer with meals, PTH every 3 months; return in 3 months, sooner if any
painful skin change.
"""),
]}

E20 = {"patient_id": "E20", "age": 77, "sex": "F", "notes": [
("2017-01-16", "Nursing Shift Handover", """
MEDICAL 6 - RN HANDOVER 01/16/17 1900
Rm 6-20, 77F, adm 1/13 w/ UTI, now afebrile on ceftriaxone.
ESRD; dialyzes MWF via a L arm fistula. Diabetes diet-controlled, no meds. Mechanical mitral valve,
warfarin, INR 2.9. BMI 27.0.
Skin: stage 2 pressure injury sacrum present on admission (1.5x1cm), foam dsg, turn q2h.
Pt asked for a heating pad for her back - not given; taught her that HD pts like her
carry a risk of calciphylaxis, hence nothing warm on her skin - no
K-pad, no hot-water bottle. She and daughter
verbalized understanding.
Vitals 36.6 / 70 / 132-66 / sat 96% RA.
"""),
("2017-01-19", "Wound Care RN Consult", """
WOUND CARE CONSULT 1/19/17
Sacrum: stage 2 pressure injury, 2x1.5cm, partial thickness, pink moist bed, no slough, no
eschar, surrounding skin blanchable. No retiform purpura or livedo anywhere on her skin; this is
a pressure wound, not calciphylaxis.
Contributing: prolonged supine positioning at home before admission, incontinence, poor intake.
Plan: offload - reposition 2-hourly, air mattress ordered, heels floated; silicone foam dsg every 3
days and prn; barrier cream; nutrition consult (albumin 3.2). Will recheck in 1 week; floor RNs to photograph weekly.
"""),
]}

PATIENTS = [E15, E16, E17, E18, E19, E20]
