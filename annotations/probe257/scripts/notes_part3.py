"""probe257 corpus notes, E15-E20 (remote-area Australian clinics, retrieval and regional dialysis; all invented)."""

E15 = {"patient_id": "E15", "age": 53, "sex": "F", "notes": [
("2025-02-18", "RAN Clinic Note", """
WANBIRRA CLINIC - RAN
53F, ESKD on HD (Coolibah, Tue/Thu/Sat), T2DM on Lantus + NovoRapid, HTN. No warfarin.
BMI 38.4.
C/o tender lumps low on the belly at her insulin spots, since around Australia Day.
O/E: lower abdo, both sides of her navel: several firm 1-2cm subcut nodules, 2 with
faint violet discolouration over them; no ulcer, no eschar. Lipohypertrophy ++ around.
Obs normal, BGL 13.
Plan: photos to DMO. Meanwhile she'll inject into her arms instead. ?fat necrosis ?early
calciphylaxis.
"""),
("2025-03-04", "DMO Telehealth", """
DMO TELEHEALTH - Wanbirra (with RAN)
Tender nodules, lower abdo, at the insulin injection spots; some violaceous.
Ddx: lipohypertrophy from insulin, with fat necrosis; or possibly early calciphylaxis
(HD, PO4 2.3, PTH 79). Cannot separate them without tissue.
Plan: deep incisional bx at Red Gum - offer PATS + escort. Avoid the abdomen for injections.
Renal team informed. Ca/phos/PTH with the next HD bloods. No STS until tissue diagnosis.
RAN to review in 2/52 and send photos. Pt prefers to stay in community for now.
"""),
("2025-04-15", "RAN Clinic Note", """
Wanbirra - RAN
Pt has decided not to travel for the biopsy - family commitments, and she doesn't like the
plane. Discussed risks, she understands.
Abdominal lumps a bit softer, no ulceration, violet colour fading.
Still injecting into the arms.
Renal (phone): remains possible calciphylaxis, not confirmed; watch closely, bx if it
worsens. Wt 101kg; BMI 38.1.
Obs stable, BGL 11.5. Meds unchanged. Photos each month. Pt to show HD nurses any new
painful patch. Left a note for the next fly-in renal clinic to review.
"""),
]}

E16 = {"patient_id": "E16", "age": 70, "sex": "M", "notes": [
("2019-11-05", "Medical Ward Progress Note", """
RED GUM BASE HOSPITAL - MEDICAL WARD
70M. ESKD - HD. T2DM (linagliptin; not on insulin), PVD, AF on warfarin. Day 32 of admission
(pneumonia, then delirium).
New: black eschar R heel, 3x2.5cm, dry, surrounding purple skin. Noted by nursing this
morning. Has been lying mostly supine with heels on the mattress for weeks.
DP/PT pulses not palpable R, faint L.
Imp: unstageable pressure injury vs ischaemic ulcer (PVD) vs calciphylaxis.
Plan: heel offloading boots, vascular + renal opinions, wound CNC.
"""),
("2019-11-12", "Vascular Surgery Consult", """
VASCULAR - consult note
R heel eschar, dry. ABI non-compressible both. Toe pressures R 22 mmHg, L 48.
Duplex: tibial arteries heavily calcified, flow monophasic.
Renal reg feels calciphylaxis cannot be excluded (ESKD, warfarin). Heel bx not advisable -
poor healing site.
Not a candidate for revasc given frailty.
Plan: keep eschar dry and offloaded; conservative; d/w family. Betadine paint daily.
Will not add STS without a diagnosis. Vascular will not follow up; renal to decide re
ongoing HD with the family and the Aboriginal Liaison Officer.
"""),
("2019-12-03", "RAN Clinic Note", """
TJALPA BORE CLINIC - RAN
Returned to community with family, palliative approach agreed. HD continuing for now.
R heel eschar unchanged, dry, 3x2.5cm, offloading boot on at night. Cause never worked
out - pressure vs PVD vs calciphylaxis; no bx.
Warfarin continued. Wt 66kg; BMI 23.0.
Obs: BP 118/64, PR 72 irregular. INR 2.2.
Family caring for him at home; AHP visiting daily. Pain controlled on paracetamol.
Next HD run Thursday. Renal CNC aware. Family meeting with ALO next week.
"""),
]}

E17 = {"patient_id": "E17", "age": 45, "sex": "F", "notes": [
("2022-04-12", "PD Outreach Review", """
PD OUTREACH - Karnku
45F, ESKD (reflux nephropathy), CAPD since 2020. No diabetes. Warfarin - never.
BMI is 31.5.
Aranesp (darbepoetin) 40mcg SC once a week, given by the RAN into her thighs since 2021.
C/o tender, mottled areas both thighs for 2 wks.
O/E: both anterior thighs - lacy livedo, 2 small tender subcut nodules on the L.
No ulceration, no eschar.
Obs: BP 142/88, afebrile. Hb 96.
Plan: ?early calciphylaxis - discuss with renal physician; move Aranesp to the abdomen.
Bloods for Ca, PO4, PTH.
"""),
("2022-05-03", "Fly-in Renal Clinic", """
FLY-IN RENAL CLINIC - Karnku
Bilateral thigh livedo reticularis + tender nodules. PO4 2.0, PTH 55.
Early calciphylaxis cannot be excluded; also consider panniculitis or livedo from cold.
Bx planned for the next derm outreach visit in June. STS not started yet.
Exit site fine, PD fluid clear. BP 138/84. Hb 101 on Aranesp.
Plan: swap calcium carbonate for sevelamer; hold off cinacalcet. Keep thighs warm with
clothes, not heat packs. Review with the bx result. Letter to the derm outreach team.
"""),
("2022-06-21", "RAN Clinic Note", """
Karnku - RAN
Pt has moved to her daughter's community across the border (WA). PD care transferred to
their renal service; referral letter faxed incl. the unresolved ?calciphylaxis - bx was
never done. Thigh livedo unchanged at last check, no ulcer. BMI 31.2.
Clinic file closed here. Copies of the last bloods (PO4 2.1, PTH 60) and the photos sent with
the letter. Daughter given the clinic phone number in case anything is needed.
Aranesp supply for 2 weeks given to take.
"""),
]}

E18 = {"patient_id": "E18", "age": 62, "sex": "F", "notes": [
("2021-10-29", "DMO Telehealth", """
DMO TELEHEALTH - Mardu Hill (RAN present)
62F. CKD stage 3b, eGFR 38 - no dialysis. T2DM managed on diet. BMI 34.0, obese.
L calf DVT: the locum started warfarin 10/23/2021, Clexane bridging into the abdomen.
Now: very painful purple-black skin, L thigh + R breast, came up 2 days ago.
Abdomen (Clexane sites) clear.
Differential: skin necrosis from warfarin; ?calciphylaxis; vasculitis.
Obs: T37.1, PR 96, BP 150/88.
Plan: RFDS transfer to Red Gum today; hold warfarin; continue enoxaparin. Protein C/S levels.
"""),
("2021-11-04", "Medical Ward Note", """
RED GUM BASE HOSPITAL - MEDICAL
Bx L thigh (01/11): thrombi in dermal venules, no vessel calcification, no fat calcification.
Protein C activity 38%.
Dx: warfarin-induced skin necrosis. (Her protein C is low - haem aware.)
Calciphylaxis excluded - histology, and only CKD 3.
L thigh 8x6cm necrosis, R breast 4x3cm - both demarcating.
Plan: warfarin ceased, switch to apixaban; surgical review for debridement.
Creat 148, eGFR 37. BSL 6-8. Pain on oxycodone PRN. Discharge back to Mardu Hill when wounds
allow. Family informed by phone, interpreter used.
"""),
("2021-12-14", "RAN Clinic Note", """
Mardu Hill - RAN
L thigh wound 6x4cm granulating after debridement; R breast healed.
On apixaban. BSL 7.2. BMI 33.6.
Obs: T 36.6 HR 80 BP 136/80.
Dressing: saline clean, Aquacel Ag, secondary foam, change 3 x wk.
She asks if the warfarin "poisoned" her skin - explained the reaction; it is listed as an
allergy/adverse reaction on the file now. Haematology follow-up via telehealth in January.
Review Friday. Walking to the shop again with her grandson, using
a stick.
"""),
]}

E19 = {"patient_id": "E19", "age": 38, "sex": "M", "notes": [
("2025-06-10", "Renal Unit Education Session", """
COOLIBAH CROSSING RENAL UNIT - NURSE EDUCATOR
38M, ESKD on HD 18 months, T2DM on insulin (Ryzodeg BD), HTN. No warfarin. BMI 27.5.
Winter skin-care chat:
- Dialysis patients can get a rare, serious skin problem called calciphylaxis.
- Don't sleep with a hot water bottle or wheat bag on your legs.
- Keep rotating insulin sites; don't use the same spot each time.
- Any new painful dark patch: show the nurses that day.
Today's skin check: nil lesions, no bruising, insulin sites (abdomen) fine.
"""),
("2025-09-16", "Fly-in Renal Clinic", """
FLY-IN RENAL CLINIC - Tjinta Springs
HD going well, fistula good. PO4 1.9, PTH 40.
Skin: fully intact; no livedo or ulcers. Nothing to make us think of calciphylaxis.
Reminded again: keep heat packs off the legs this winter-spring.
BMI 27.5. BP 136/80.
Diabetes: HbA1c 7.4%, insulin sites rotated round the abdomen, no lumps.
Meds: Ryzodeg, sevelamer, calcitriol, amlodipine.
Flu vaccine given at the clinic last month, per record.
Plan: continue; next renal clinic in 3/12. Dental check overdue, referral sent.
"""),
]}

E20 = {"patient_id": "E20", "age": 44, "sex": "F", "notes": [
("2024-07-02", "Renal Outreach - CKD Clinic", """
RENAL OUTREACH - Ngarlu Rockhole, CKD clinic
44F - CKD4 (eGFR 22), pre-dialysis, starting pre-dialysis education. Not diabetic.
Warfarin for a PE 2013-2014, stopped since.
FHx: her mother, who was on HD for ESKD, died from calciphylaxis. Pt anxious about it.
BMI around 28-30 over the last year.
Fell on rocks yesterday, grazed the R knee - clean superficial abrasion.
Skin otherwise clear; no necrotic areas or livedo.
Plan: graze care; explained what to watch for.
BP 146/92, K 5.4, Hb 104. Diet: less salt, less soft drink.
"""),
("2024-07-30", "RAN Clinic Note", """
Ngarlu Rockhole - RAN
R knee graze healed normally, no discolouration.
No skin lesions anywhere. Pt reassured - nothing to suggest calciphylaxis.
BMI 29.4. BP 140/88.
Pre-dialysis education session 2 done with the renal nurse by video: HD vs PD, home
options, moving to Coolibah Crossing. She is leaning towards PD at home.
Vein preservation: no bloods or cannulas in the L arm.
Next bloods 4 wks. Renal outreach team to see her again in October. Pt happy with the plan.
"""),
]}

PATIENTS = [E15, E16, E17, E18, E19, E20]
