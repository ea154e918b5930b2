"""probe91 corpus notes, K01-K07 (plastic surgery and breast clinic; all invented)."""

K01 = {"patient_id": "K01", "age": 58, "sex": "F", "notes": [
("2023-03-14", "Plastic Surgery Post-op Visit", """
PLASTIC SURGERY CLINIC - POD 7
S: 58F s/p L skin-sparing mastectomy w/ immediate subpectoral tissue expander 03/07/2023 (Dr Varga, breast onc). Doing ok. Pain 3/10. Drain output 25 mL/24h serosanguinous.
PMH: ESRD - dialyses in-centre Tue/Thu/Sat through a L forearm fistula (same side as the mastectomy, onc aware), HTN, no DM.
Meds: SC heparin 5000 u q8h started POD1 (3/8) for VTE ppx given limited mobility - she gives it herself, says she always jabs the right side of her tummy below the belly button "because I'm a lefty".
O: incision c/d/i, flap viable, no hematoma. Expander not filled today.
A/P: Healing as expected. Drain stays. RTC 1 wk.
"""),
("2023-03-24", "Plastic Surgery Clinic Note", """
Drain removed today, output <20cc x 2 days. Mastectomy flap pink, soft.
Pt mentions a "sore bruised spot" on her R lower abdomen. Exam: 3 cm violaceous, indurated patch w/ faint netlike border, exquisitely tender, R infraumbilical, within her heparin injection field. Likely injection hematoma per pt; I am less sure - tenderness out of proportion.
Ht 163 cm, wt 72.6 kg, BMI 27.3.
Plan: photo taken. Ask HD unit to hold heparin shots, switch to SCDs. Recheck next week, lower threshold to biopsy.
"""),
("2023-04-11", "Plastic Surgery Clinic Note", """
F/u abd lesion. Per pt the thing began 3 weeks ago, tender and purplish, and keeps getting darker. Now 5 x 4 cm plaque R lower abdomen with central black eschar and livedoid rim. No fever. WBC nl on HD labs.
Hx reviewed: no warfarin ever, no insulin, no DM.
A: necrotic plaque at prior SC heparin site in HD pt - concerning for calciphylaxis.
P: 6 mm punch bx at edge today (consent signed, lidocaine 1% plain, 1 suture). Derm + nephrology looped in. 1st expander fill postponed.
"""),
("2023-04-19", "Dermatopathology / Dermatology Addendum", """
Punch biopsy, right lower abdomen: arteriolar walls within the subcutis are mineralised (medial calcium), several lumina occluded by thrombus, intima thickened; fat lobules necrotic. Calcium confirmed on von Kossa, both in vessel walls and scattered in the fat.
Dx: CALCIPHYLAXIS.
Comment (derm, Dr Lindqvist): lesion sits exactly in the area she used for her post-mastectomy heparin injections starting March 8 - a Koebner-type distribution. Suggest thiosulfate with her dialysis three times weekly, gentle wound care, and no more shots into her belly.
"""),
]}

K02 = {"patient_id": "K02", "age": 64, "sex": "F", "notes": [
("2020-03-02", "Breast Clinic New Patient", """
BREAST CLINIC - urgent 2WW referral
64 y/o F referred by GP with a painful dark area of the left breast. No prior breast surgery, never had a biopsy, last screening mammogram 2018 normal.
Background: ESKD, overnight APD (peritoneal) from 2017; T2 diabetic, Levemir 18 u at night into her thighs; hypertension.
Longstanding ache in the L chest wall/breast; to ease it she has lain with an electric heating pad over the left breast most nights since January. The sore patch came up mid-February, first red, then dusky purple.
O/E: L breast UIQ - firm violaceous plaque approx 4 cm, black centre ~1 cm, lacy purpura round the margins. Nipple normal, axillae clear to palpation. R breast NAD.
Wt 88 kg Ht 162 BMI 33.5.
Plan: bilateral mammo + US today, core biopsy of the plaque. Stop the heating pad.
"""),
("2020-03-10", "Breast Clinic Results Visit", """
Results discussed with pt + husband.
Imaging: extensive vascular calcifications L>R, no mass, BI-RADS 2.
Core bx L breast skin/subcutis: mineralised small vessels, thrombosed, amid necrotic fat; no malignancy. Path favours calciphylaxis, derm review requested.
Pt very relieved it's not cancer. Counselled re pain and dressings. Referred to plastics for debridement opinion and to renal.
"""),
("2020-03-23", "Plastic Surgery Consult", """
Consult requested by breast surgery re: L breast ulcer.
Biopsy-confirmed calciphylaxis (derm concurred 3/17) of the L breast. Lesion arose where she kept the heating pad since 01/2020 - thermal injury as a likely trigger. Now 5.2 x 4.4 cm, eschar stuck down, hardly any slough, no cellulitis.
PD continues, renal starting sodium thiosulfate. A1c 7.9. BMI 33.
Plan: no excisional debridement for now (dry stable eschar, poor healing milieu). Enzymatic debridement + nonadherent dressing, wkly photos. Revisit partial mastectomy only if infection.
"""),
]}

K03 = {"patient_id": "K03", "age": 52, "sex": "M", "notes": [
("2021-11-30", "Plastic Surgery Post-op Visit", """
s/p panniculectomy 11/22/21 for recurrent intertrigo and to make room for a future PD catheter / transplant listing.
Hx: ESRD, HD three days/wk (M-W-F) by R IJ tunnelled line; DM2 (glargine, lispro sliding scale); sleeve gastrectomy 2016. No anticoagulant.
Went home with no binder (none fit him in hospital); his wife bought a stiff stage-2 abdominal binder which he has worn since Thanksgiving, day and night, with the Velcro panel sitting over his right side.
Incision: low transverse, intact, minimal edema. JP x2 out.
BMI today 36.4.
P: ok to continue binder up to 6 wk, no lifting >10 lb.
"""),
("2021-12-20", "Plastic Surgery Wound Check", """
Wound check, unscheduled - pt called about "a black spot on my side".
Says he first noticed it 12/14/21, painful ++ even at rest, right where the binder's stiff edge and Velcro strap press into his R flank.
Exam: R flank in the midaxillary line, just above the iliac crest: 3.5 x 2 cm stellate purpuric plaque, central dusky-grey necrosis, woody induration around. Panniculectomy incision healing well, separate from this, no dehiscence.
DDx pressure necrosis vs calciphylaxis (on HD, insulin, obese).
P: binder removed / loosened, switch to soft wrap. Punch bx taken today from the margin.
"""),
("2022-01-04", "Plastic Surgery Follow-up", """
Path back: calcific uremic arteriolopathy. Subcutaneous arterioles show medial calcium, fibrin thrombi; von Kossa +.
Spoke to nephrology: thiosulfate 25 g at every HD run, cinacalcet going up, calcium-based binders stopped.
Lesion unchanged in size, eschar dry. Dx: R flank calciphylaxis, which arose under the constant squeeze of the post-op binder.
Wt down, BMI 34.9. F/u 2 wks.
"""),
]}

K04 = {"patient_id": "K04", "age": 61, "sex": "F", "notes": [
("2021-06-29", "Plastic Surgery Post-op Visit", """
POST OP CHECK
61 yo F, 2 wks out from delayed L breast reconstruction with a R transverse upper gracilis (TUG) free flap, 06/14/2021.
PMH: CKD4, most recent eGFR 19 (pre-dialysis; fistula planning in progress). Mechanical MVR - warfarin managed by cardiology's anticoag clinic, runs her INR high (2.5-3.5). No hx of diabetes.
Flap: warm, good cap refill, doppler signal strong. Donor site R medial thigh, incision in the groin crease extending down the inner thigh, healing, mild serous drainage from medial end.
BMI 28.1.
Plan: restart regular walking, scar silicone from wk 3.
"""),
("2021-09-21", "Plastic Surgery Clinic Note", """
Seen early: exquisitely painful R inner thigh.
Onset first wk of September - small purple area along the healed donor scar, then a second one a few cm distal; pt says the two "joined up". Exam: 7 cm strip of retiform purpura, necrotic plaque in the middle, following the gracilis donor incision on the R medial thigh; subcutis indurated. Flap on L chest looks great.
INR 3.1. Phos 6.2, PTH 410.
Impression: concern for calciphylaxis (CKD4, warfarin) vs wound infection.
Plan: 2 x 4mm punch biopsies, blood cx. Derm urgent.
"""),
("2021-10-01", "Dermatology Consult", """
DERMATOLOGY
Asked to see her about the right medial thigh lesions, biopsy-proven calciphylaxis.
Path: medial calcium deposits in little vessels of the fat, thrombi, panniculitis, organisms absent.
Not on dialysis - so this is calciphylaxis in advanced CKD without ESRD; warfarin is a key contributor. The lesions follow the scar of her June gracilis flap harvest exactly.
Rec: cardiology to discuss switch off warfarin (mechanical valve - limited options), renal re: phosphate, wound care. No sharp debridement yet.
"""),
]}

K05 = {"patient_id": "K05", "age": 70, "sex": "M", "notes": [
("2019-06-25", "Plastic Surgery Consult", """
REASON FOR CONSULT: non healing L leg wound, ? graft / local flap
HPI: 70M. Banged his left shin on the trailer hitch on Memorial Day while hooking up the boat - small scrape, bled a little, thought nothing of it. On June 6th a painful violet patch came up on that very spot; it has opened up since.
PMH: ESRD on HD (MWF, outpatient center), DM2 - insulin (NPH bid), afib on warfarin, PVD with palpable DP bilat.
Exam: front of L shin, halfway down: ulcer 41x28mm capped with black eschar, livedo racemosa spreading 3 cm beyond, very tender. Minimal drainage. Wt 97 kg BMI 31.0.
Assessment: atypical wound for simple traumatic laceration - ?calciphylaxis. Will not graft until dx clear.
Plan: punch bx at margin; ABI; discuss with renal.
"""),
("2019-07-03", "Plastic Surgery Follow-up", """
Biopsy: calciphylaxis, confirmed (vascular calcs + thrombi in subcut vessels, fat necrosis). ABI 1.05 L.
Talked at length w pt and daughter; this started at the place he bumped on the hitch.
Warfarin -> apixaban per cardiology/renal. STS on HD.
Wound: eschar stable, no infection. Plan: moist-to-dry avoided, dry dressing, offload, no grafting now.
"""),
("2019-08-14", "Wound Clinic Note (Plastics)", """
L shin calciphylaxis ulcer - 6 wk review.
Eschar lifting at edges, granulation at the 3 o'clock margin. Pain now 4/10; gabapentin 100mg given post-dialysis.
Wt 95 kg (BMI 30.3). Now off warfarin. Still on insulin.
Continue current plan. Re-eval for STSG in 4-6 wks if bed clean.
"""),
]}

K06 = {"patient_id": "K06", "age": 47, "sex": "F", "notes": [
("2023-01-19", "Breast Surgery Survivorship Visit", """
Survivorship / lymphedema check. 47F, L breast ca 2021: lumpectomy + L ALND, RT. NED.
Type 1 diabetic on MDI (glargine + aspart), ESRD on home PD since 2020.
Because of the left axillary clearance she was told never to use that arm for needles, so since summer 2022 each insulin dose goes in the back of the RIGHT upper arm (tummy "too full with the PD fluid", thighs bruised too easily).
New: painful hard patch R posterior arm, came up two months ago, now with a dark centre.
Exam: R posterolateral upper arm - violaceous, indurated plaque about 3 cm across, small black crust centrally, net-like mottling round it. No L arm swelling; circumferential measurements stable.
BMI 24.0.
Plan: urgent derm. Move insulin to lower abdomen sides for now.
"""),
("2023-02-02", "Dermatology Clinic Letter", """
I saw Ms Abernethy (47) at your request today; who has ESRD on PD and T1DM.
Examination shows a tender stellate necrotic plaque of the right posterior upper arm, located in her insulin injection territory. I performed a deep incisional biopsy.
Histopathology: calciphylaxis, with circumferential calcification of septal vessels and thrombosis.
I have discussed injection technique and site rotation. Nephrology to start sodium thiosulfate intraperitoneally/IV as feasible.
"""),
("2023-03-16", "Plastic Surgery Consult", """
Re: R arm calciphylaxis - debridement?
Plaque 3.5 cm, eschar dry, adherent, no fluctuance. Pain controlled.
Not a candidate for excision + closure right now - stable dry eschar is the better dressing. Will see in 6 wks.
Counselled: no injections, BP cuffs or tight sleeves on the R arm (and none on the L either, lymphedema risk). Lymphedema garment L arm fits, ok.
"""),
]}

K07 = {"patient_id": "K07", "age": 55, "sex": "F", "notes": [
("2024-09-24", "Plastic Surgery Post-op Visit", """
2 wk post op - B/L reduction mammoplasty, Wise-pattern skin excision + inferior pedicle, done 9/10/24, 640 g R / 590 g L, for back + shoulder pain.
ESRD, currently on PD, planning to switch to HD (recurrent peritonitis). No DM. No anticoagulants.
She's wearing the front-closure surgical bra 24/7 as instructed since the day of her reduction; straps feel "snug".
Incisions: T-junction intact both sides, NAC perfusion fine.
BMI 34.2.
P: continue bra, scar care from wk 4.
"""),
("2024-11-12", "Plastic Surgery Clinic Note", """
C/o painful dark marks on both shoulders. Says she noticed them on Halloween, first on the L then the R the same evening, exactly where the surgical bra straps dig in. She had been wearing the bra day and night and the straps left deep grooves.
Interval: PD cath out 10/28, now hemodialysing M/W/F on a tunnelled R chest catheter.
Exam: tops of both shoulders, under the strap lines: dusky purpuric plaques w/ central necrosis, L 2.6 x 1.4 cm, R 3 x 2 cm, very tender; livedo at edges. Breast incisions healed.
A: ?strap pressure injury vs calciphylaxis.
P: bra off, soft bralette with wide padded straps. 4 mm punch of the R lesion.
"""),
("2024-11-22", "Plastic Surgery Clinic Note", """
Bx result: calciphylaxis (vessel walls calcified, thrombosed lumina, necrotic fat; von Kossa stain +).
Discussed w/ renal - STS on HD, review Ca x P. Wt stable, BMI 33.8.
Both shoulder lesions = calciphylaxis precipitated by sustained strap pressure. Wound care: hydrocolloid avoided, silicone foam.
"""),
]}

PATIENTS = [K01, K02, K03, K04, K05, K06, K07]
