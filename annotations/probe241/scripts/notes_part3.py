"""probe241 corpus notes, U15-U20 (radiation oncology and the clinics around it; all invented)."""

U15 = {"patient_id": "U15", "age": 58, "sex": "F", "notes": [
("2021-08-10", "Radiation Oncology On-Treatment Visit", """
OTV - PMRT L chest wall + SCV, fx 18/25 (36 Gy), 5 mm bolus qod

58F, L breast ca s/p L mastectomy 5/2021. ESRD - PD on a night cycler. DM2 diet-controlled, on no
meds. No anticoagulation. BMI 30.6.
S: Chest wall itchy + sore, using Aquaphor and Domeboro soaks.
O: L chest wall RTOG grade 2 dermatitis, brisk erythema, moist desquamation patches at
the IMF and axilla. No bleeding. Bolus fits, no gaps.
A/P: Mepilex Transfer to moist areas, continue bolus qod through fx 20 then off. Recheck 1 wk.
"""),
("2021-08-31", "Radiation Oncology End of Treatment Visit", """
END OF TREATMENT - 50 Gy/25 completed 8/27/21

S: Burning L lower chest wall pain, rated 8 of 10, way beyond what the rest of the field causes.
O: L inferior chest wall below the scar: black eschar 3x2cm with violaceous mottling spreading
past the moist areas; remainder of the field healing with dry peeling.
A: Ddx: full-thickness radiation skin necrosis vs eschar over moist desquamation vs early
calciphylaxis (PD, DM, BMI > 30) - cannot exclude. Bx discussed and deferred: freshly irradiated skin
heals poorly.
P: silver alginate, derm and nephrology aware, see in 6 wks or sooner.
"""),
("2021-10-12", "Radiation Oncology Follow-up", """
RAD ONC FOLLOW-UP - 6 wks post PMRT

Eschar separated on its own; now 1.5 cm clean granulating ulcer, pain 2/10. No new lesions.
Derm (Dr. Rahimi) felt it was "possibly calciphylaxis" but never biopsied; nephrology gave empiric
IV thiosulfate x 4 wks. Cause remains unconfirmed - radiation necrosis still on the table.
Rest of chest wall: hyperpigmentation, no desquamation. L arm no lymphedema. Wt 80.9 kg.
Plan: continue dressing (foam, changed every 3 days), start letrozole per med onc, RTC 3 mo.
"""),
]}

U16 = {"patient_id": "U16", "age": 64, "sex": "M", "notes": [
("2018-03-20", "Radiation Oncology Consultation", """
RAD ONC CONSULT - pancreas SBRT

64 yo man, borderline resectable adenocarcinoma of the pancreatic head after 4 mo gemcitabine/
nab-paclitaxel, CA 19-9 down 1,240 -> 190. Plan SBRT 33 Gy/5 fx. Fiducials placed via EUS 3/12/18.
PMH: CKD IV, GFR 22 ml/min, dialysis not started, fistula eval pending. Pancreatogenic diabetes on
glargine + aspart, injects both thighs. PE 2016, warfarin for 6 mo then discontinued (2017).
Exam: BMI 22.1, thin, mild jaundice resolved after stent. Skin intact.
Plan: MRI-sim w/ breath hold, start ~1 wk.
"""),
("2018-04-10", "Radiation Oncology End of Treatment Visit", """
SBRT COMPLETE - 33 Gy/5 fx, last fx 4/9/18

Nausea mild, controlled. New c/o: tender lumps both anterior thighs where he does his insulin, noticed
about 2 weeks ago, with a lacy purple discoloration around them.
Exam: several firm 1-2cm nodules on both anterior thighs, livedo around them, no ulceration.
Imp: lipohypertrophy with bruising vs early calciphylaxis (CKD 4) - concerned.
Labs: calcium 9.4, phosphorus 5.9, PTH pending. Weight stable.
Plan: derm referral, Ca/phos/PTH, rotate insulin to the abdomen meanwhile. Restaging CT in 6 wks.
"""),
("2018-05-01", "Dermatology Consult", """
DERMATOLOGY
Ref for thigh nodules. Pt declined biopsy today - he is enrolling in hospice after restaging showed
new liver mets.
Exam: indurated, painful nodules on both anterior thighs, faint retiform livedo, no eschar.
Imp: favor early calciphylaxis over a panniculitis from insulin; not proven.
Plan: comfort-focused care, gentle moisturizer, no injections into the thighs, pain per hospice.
Discussed that only a biopsy would settle it; he prefers not to. Daughter present, agrees.
Pain 6/10 on hydromorphone; hospice RN visit set for Thursday.
Wt 63 kg.
"""),
]}

U17 = {"patient_id": "U17", "age": 80, "sex": "F", "notes": [
("2016-09-06", "Radiation Oncology Consultation", """
RADIATION ONC CONSULT - palliative spine

80F, metastatic breast ca (ER+), painful L2 vertebral met, no cord compression on MRI. Plan single
fx 8 Gy.
PMH: ESRD, dialysis MWF. AF - currently on warfarin, INR 2.6. Nondiabetic. BMI 28.7.
Legs: bilateral shin ulcers followed by the wound clinic since July; venous stasis vs
calciphylaxis still undecided, r/o calciphylaxis pending.
Exam: BLE shallow ulcers w/ yellow base, 2-3 cm, mild edema.
Lives with daughter, uses a walker, ECOG 3.
Plan: sim + treat Tuesday next wk; dexamethasone 4 mg x 3 d for flare.
"""),
("2016-09-13", "Radiation Treatment Note", """
TREATMENT NOTE
8 Gy x 1 delivered to L2 (PA field) today, no issues on the couch, cushion under the knees for
comfort.
BLE ulcers: wound clinic has kept both legs in multilayer compression wraps since late August;
dressings clean today.
Pain before tx 7/10, oxycodone 2.5 mg prn. Set-up on kV imaging, shift 4 mm lateral. Tolerated
lying flat for ~12 minutes with a pillow support; daughter waiting in the lobby. Dexamethasone started today x 3 days.
F/u 4-6 wks for pain response; HD unit informed of the steroid.
"""),
("2016-10-04", "Nephrology Hemodialysis Note", """
HD NOTE
Back pain better since radiation. Leg ulcers: ?calciphylaxis vs venous ulcers - a derm biopsy was
scheduled 10/18, but next week she moves in with her daughter in Ohio; records sent.
Wt 70.2 kg post. Warfarin continues, INR 2.3.
Labs: phosphorus 5.4, calcium 9.1, PTH 488, Hgb 9.8. BP on the low side mid-run, UF target lowered
to 2L.
Daughter asked about hospice; pt wants to continue dialysis for now.
Plan: transfer HD chair, vascular/derm f/u at new center; copy of rad onc notes included.
"""),
]}

U18 = {"patient_id": "U18", "age": 55, "sex": "F", "notes": [
("2025-09-16", "Radiation Oncology Follow-up", """
RAD ONC SURVIVORSHIP VISIT

55F, R breast ca treated with lumpectomy + whole breast RT 42.56 Gy/16 in 2023. ESRD on dialysis (HD); her
T2DM is handled with linagliptin, no insulin; not anticoagulated. BMI 33.0.
S: a purplish, painful patch, R lower breast, x 3 wks; since it started she has iced it most
evenings.
O: R inferior breast, violaceous retiform patch 4x3cm with a small dusky nodule, within the
former tangent fields.
A: concern for calciphylaxis (HD) vs radiation-associated angiosarcoma vs morphea.
P: punch biopsy today, derm to follow.
"""),
("2025-10-07", "Dermatology Consult", """
DERMATOLOGY CONSULT
Path (R breast punch 9/16/25): atypical anastomosing vascular channels, CD31 and ERG positive, MYC
amplified by FISH - radiation-associated angiosarcoma. no calcium on von Kossa; this
is not calciphylaxis.
Exam unchanged, no other skin lesions.
Discussed the diagnosis at length with pt and husband; she understands this is a rare late effect of
the prior breast treatment and is not related to her kidney disease.
Plan: surgical oncology for mastectomy eval, sarcoma tumor board, rad onc/med onc aware; stop ice.
"""),
]}

U19 = {"patient_id": "U19", "age": 50, "sex": "M", "notes": [
("2026-01-13", "Radiation Oncology Consultation", """
RAD ONC CONSULT - prostate

50M, PSA 7.2, Gleason 3+4 (2/12 cores), cT1c, favorable intermediate risk. Options: SBRT 36.25 Gy/5
vs LDR brachytherapy vs surveillance; he chooses SBRT.
PMH: T1DM from age 12, insulin pump (Omnipod) on the abdomen. kidney fxn CKD 3a (GFR 52),
nowhere near dialysis. No anticoagulants. BMI 26.1; notes his mother struggled with obesity.
FHx: brother on HD died 2022 of calciphylaxis, which began at his insulin sites. Pt asks if radiation
could set this off; reassured, his skin is normal and he doesn't dialyze.
Plan: fiducials + rectal spacer, then sim.
"""),
("2026-02-24", "Radiation Oncology On-Treatment Visit", """
OTV - SBRT fx 3/5

Fiducials and hydrogel spacer placed 2/3/26, uneventful. Urinary frequency mild, no bowel change.
Skin: entire exam normal, pump site clean, no purpura or ulceration anywhere; calciphylaxis not a concern.
Daily set-up with CBCT, fiducials in position, spacer visible, bladder filling adequate. Reviewed
brother's history again; he is reassured. Sugars steady on the pump, one low
overnight last week.
Plan: fx 4 and 5 this week, PSA 3 mo, tamsulosin prn. Endocrine f/u as scheduled; no
change to pump settings during treatment.
"""),
]}

U20 = {"patient_id": "U20", "age": 68, "sex": "F", "notes": [
("2017-11-14", "Radiation Oncology On-Treatment Visit", """
OTV wk 4 - post-op oral cavity, fx 18/30 (36 Gy)

68F, R lateral tongue SCC pT2N1 s/p partial glossectomy + R neck dissection. ESRD, dialyzed thrice weekly
in center. No DM. Warfarin discontinued in 2012 after her AF ablation. BMI 23.4.
O: R neck RTOG gr 2 dermatitis, small moist patches near the incision line. Mucositis gr 2.
Skin care teaching: because she is on dialysis, damaged skin may seed calciphylaxis -
no ice packs, heating pads, adhesive tape or razors on the treated neck; mild soap, Aquaphor.
Plan: continue, SLP.
"""),
("2017-12-19", "Radiation Oncology Follow-up", """
RAD ONC F/U - 2 wks post RT

Neck moist desquamation re-epithelializing, no necrotic lesions, no livedo; no evidence of
calciphylaxis. Mucositis improving, back to soft diet.
Weight down 4 kg over the course, now 58 kg. Taste returning slowly, drinking supplements twice a
day. Dry mouth 2/4. Pain 2/10, off oxycodone. HD unchanged, dry weight reset lower by the unit.
Trismus none, opening 38 mm.
Plan: SLP, dental (fluoride trays), PET at 12 wks, continue Aquaphor to the neck until fully
healed.
"""),
]}

PATIENTS = [U15, U16, U17, U18, U19, U20]
