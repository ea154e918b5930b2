"""probe34 corpus notes, S01-S07 (intensive care and step-down units; all invented)."""

S01 = {"patient_id": "S01", "age": 63, "sex": "M", "notes": [
("2019-02-21", "MICU Progress Note", """
MICU DAY 18 - PROGRESS NOTE (resident: Dr. Vasquez-Orr / attending: Dr. Lindqvist)
63M w/ ESRD on iHD (TTS via L brachiocephalic AVF, home unit Kettle Creek Dialysis), admitted 2/3 w/ septic shock 2/2 RLL PNA, s/p intubation 2/3-2/11.

Overnight: RN paged ~0300 re: new painful area on belly. Pt moaning w/ repositioning.

NEURO: CAM neg today. oxyCODONE 2.5 mg PRN q6, needing 2-3 doses daily.
CV: off norepi since 2/9. MAP 70s-80s.
RESP: 2L NC, sats 94-96%.
RENAL/FEN: back on iHD via AVF; CRRT ran 2/4 to 2/8. Most recent: corrected Ca 9.9, PO4 7.6, iPTH 1140. Sevelamer 1600 mg with each meal; calcitriol held.
ID: completed cefepime course 2/13.
HEME/PPX: subq heparin 5k units every eight hours for VTE prevention, started on admission 2/3, all doses charted to the abdomen (RN rotates LUQ/LLQ mostly, pt leans R in bed). No anticoagulants at home.
ENDO: no hx DM, A1c 5.2. BG 90-130s w/o coverage.
SKIN: LLQ: exquisitely tender plaque, 6 by 4 cm, indurated and violaceous with a stellate dusky center and livedoid border, sits right over the cluster of heparin injection sites. Night RN first saw it 2/20 around 0300. No fluctuance, no crepitus. Sacrum and heels intact.
A/P: new necrotic-looking plaque LLQ at heparin sites in a pt w/ ESRD, high phos and very high PTH -> worried about calciphylaxis; hematoma from SC heparin on the ddx but it is too firm and too painful. Switch SC heparin to arms, derm c/s today for punch bx, wound RN, renal aware.
Wt 108 kg, BMI 33.5.
"""),
("2019-02-22", "Nursing Shift Note", """
Day shift (07-1930) nursing note.
Alert, oriented x4, pleasant but v. guarded with any movement of torso. Pain 8/10 at L lower belly, improves to 5/10 after prn oxy. Turned q2h R side and back, avoiding pressure on L.
Skin: LLQ plaque unchanged in size per marker outline drawn by night shift, center darker/almost black this AM. Covered w/ nonadherent foam, no drainage. Pictures uploaded to media tab.
Heparin SC 1400 dose given R posterior upper arm per new order (no more abd injections). Pt states "they put every one of those heparin shots down there where it hurts now."
Derm (Dr. Ahn) at bedside 1515, 4 mm punch bx from edge of LLQ plaque, hemostasis w/ pressure, 1 suture.
HD tomorrow AM, pt aware.
"""),
("2019-02-26", "Dermatology Consult Follow-up", """
DERMATOLOGY - inpatient follow up
Bx result (LLQ abdomen, 2/22): septal and lobular panniculitis with necrotic fat; small arterioles in the subcutis ringed by basophilic mineral, several occluded by thrombus, with intimal thickening. Von Kossa stain accentuates the vessel-wall deposits.
Dx: calciphylaxis (CUA), confirmed on biopsy.
Distribution: single plaque, L lower abdomen, precisely within the field where SC heparin had been injected three times a day from the 2/3 admission until 2/21. Onset 2/20 per nursing. Given the timing and location we think the repeated heparin injections localized the disease here (koebnerization). No other lesions on thighs, buttocks, breasts or legs on full skin exam today.
Recs:
1. No SC injections into abdomen or thighs; arms ok.
2. Nephrology to start thiosulfate on dialysis days.
3. Wound care: nonadherent foam, change q48h and prn; no sharp debridement for now.
4. Pain control is a priority.
Derm will follow twice weekly.
"""),
]}

S02 = {"patient_id": "S02", "age": 57, "sex": "F", "notes": [
("2020-12-25", "CVICU Nursing Shift Note", """
NIGHT SHIFT 1900-0700 (12/24-12/25)
57F OOHCA (VF) at home yesterday evening, ROSC after ~14 min, arrived to CVICU intubated. ESKD on home PD x3 yrs (CCPD nightly), T2DM on insulin degludec at home.
TTM: goal 33 C, started 2130 on Christmas Eve. Hydrogel cooling pads applied: one to back, one across abdomen, one wrapped around each thigh (posterior/lateral thighs). Core temp via esophageal probe reached 33.0 at 0010. Shivering scale 0-1, on buspirone + meperidine per protocol.
Skin under pads checked at 0000 and 0400 per device protocol: mild pink blanchable marking at pad edges, no blisters.
Renal: PD held. CRRT (CVVHDF) via R femoral trialysis placed by fellow 2300; citrate anticoag, UF net -50/hr.
Endo: insulin gtt per protocol, BG 150-180s.
Hgt 163 cm / wt 96 kg -> BMI 36.2 per admission calc.
Family (husband) updated by phone 0500.
"""),
("2021-01-08", "Wound Care Nurse Note - Device Related Skin Check", """
WOC nurse consult. Req by primary RN for "dark areas back of legs".
Background: TTM 12/24-12/27 with adhesive hydrogel pads; rewarmed and pads removed 12/27. Extubated 12/31.
Assessment:
- Posterior R thigh: firm plaque, 7 cm by 5 cm, purple-black with a net-like violaceous margin, exquisitely tender (pt cries out when touched).
- Posterior L thigh: 4 x 3 cm similar, less necrotic center.
Both are located in the footprint of the former thigh cooling pads. Per RN flowsheet the areas were first charted on Wed 1/6 during bath; skin documented intact under pads on 12/27 removal.
Pattern is atypical for a device-related pressure injury (not over bony prominence, severe pain out of proportion, retiform edges). Also not a cold injury pattern at this point in time.
Plan: offload posterior thighs, pillow under calves, foam dressings, notified ICU team - recommend derm eval r/o calciphylaxis.
"""),
("2021-01-20", "ICU Transfer Summary", """
TRANSFER SUMMARY: CVICU -> 6 East step-down
Pt: 57 y/o F, ESKD on CCPD, insulin-requiring T2DM, s/p VF arrest 12/24/2020 with TTM.
Hospital course by problem:
# s/p cardiac arrest: TTM 33 C x24h, neuro intact. ICD placed 1/14.
# ESKD: CRRT 12/24-1/3, then iHD via femoral catheter, which came out 1/15. PD resumed 1/16 without issues; will continue home CCPD.
# Calciphylaxis of both posterior thighs: lesions began 2 weeks ago, exactly where the cooling pads were wrapped around her thighs. Derm punch bx 1/12 (R posterior thigh): medial calcification of small vessels with thrombi and septal panniculitis, von Kossa +; calciphylaxis confirmed. Started IV sodium thiosulfate 3x/week, non-calcium binder, cinacalcet. Wound care BID.
# DM: back on degludec 14 units daily + correction scale.
Weight today 91 kg (BMI 34.0). No anticoagulation other than heparin flushes; never on warfarin.
"""),
]}

S03 = {"patient_id": "S03", "age": 71, "sex": "M", "notes": [
("2023-03-30", "Step-Down Unit Admission Note", """
SDU ADMIT H&P (accepting: Dr. Olawale)
Transferred from Pinecrest Community Hosp where he had been since 3/2 for ADHF + AKI on CKD 4 that never recovered -> started HD there, R IJ tunneled cath. Nephrology there labeled him ESRD, HD MWF.
PMH: mechanical MVR (2009) on Coumadin at home - warfarin held since 3/27 for planned TEE, now on heparin gtt (IV, no bolus). T2DM x20 yrs on glargine 18 units qHS + lispro correction, injects into abdomen. HTN, gout.
Devices/LDA on arrival: R IJ TDC (CDI), PIV L forearm 20g, SCDs bilat lower legs, condom cath.
Per OSH records the SCD sleeves have been on both calves almost continuously since sometime in March (start date not in the transfer packet), pt says "they squeeze all night".
Skin: reddened creases from SCD straps, blanchable. No open areas.
Weight 97.3 kg / height 179 cm => BMI 30.4.
Plan: HD tomorrow, heparin gtt to INR plan per cards, continue SCDs, PT/OT.
"""),
("2023-04-03", "Nursing Device-Related Pressure Injury Check", """
DRPI rounds - q shift device check
SCD sleeves: removed for skin check 0800.
L calf (posterior/medial, exactly under the inflating bladder of the sleeve): new violet-grey patch measuring 3 by 2.5 cm w/ central firm dark area, surrounded by lacy purple mottling ~8 cm. Exquisitely painful (pt 9/10, pulled leg away). Per night shift, pt first c/o burning pain in L calf 04/02/2023 and the patch was there at 0400 turn.
R calf: blanchable strap marks only.
Heels: intact, floated.
R IJ TDC: dressing dated 4/1, CDI.
Nasal cannula ears: padded, intact.
SCD to LLE d/c'd, R remains. Charge RN + provider notified. Not staged as pressure injury pending provider eval - appearance atypical (retiform, very painful).
"""),
("2023-04-11", "Wound/Dermatology Inpatient Note", """
Derm consult f/u - 71M, ESRD on HD since March, on warfarin (held) for mech valve, insulin-treated DM.
Path (4/5 incisional bx, L posterior calf): subcutaneous arteriolar calcification, fibrin thrombi, fat necrosis. = CALCIPHYLAXIS.
The lesion developed beneath the pneumatic bladder of the L calf compression sleeve after ~2-3 wks of near-continuous cycling; we feel the intermittent compression acted as a local trigger in a pt with multiple risk factors (warfarin exposure, new HD, obesity BMI 30.4, high phos).
Today: ulcerated 4 x 3 cm with black eschar, livedo extending proximally. No new lesions. R calf clean.
Recs: no compression devices on either leg (use ambulation / heparin for VTE ppx), discuss with cardiology switching warfarin to alternative if valve permits, STS with HD, soft silicone foam dressings. Will follow.
"""),
]}

S04 = {"patient_id": "S04", "age": 49, "sex": "F", "notes": [
("2022-07-11", "ICU Procedure Note - Temporary Dialysis Catheter", """
PROCEDURE: ultrasound-guided non-tunneled hemodialysis catheter placement
Operator: Dr. Szabo (pulm/CC fellow), supervised by Dr. Ferreira
Date: 07/11/2022  Location: SICU bed 9
Indication: oliguric AKI on CKD 4, K 6.8, volume overload, for CRRT. IJ sites limited by body habitus and cervical collar.
Site: RIGHT common femoral vein. Chlorhexidine prep, full barrier precautions, 1% lidocaine. Vein compressible and patent on US; single pass, 12 Fr x 20 cm triple-lumen dialysis catheter, sutured at 2 points. Biopatch, transparent dressing.
EBL minimal. No complications. Pulses intact distally.
Pt BMI 44.1 (morbid obesity). Not anticoagulated currently; hx provoked DVT 2016 treated with warfarin x 6 mo, completed.
"""),
("2022-07-19", "Nursing LDA Note", """
LDA REMOVAL
R femoral HD cath (inserted 7/11) removed 1025 per order after transition to intermittent HD. Tip intact, sent for cx per protocol. Pressure held 10 min, occlusive gauze + tegaderm. Site: small amount serosanguinous ooze, no hematoma, skin around old suture holes slightly pink.
New L IJ tunneled dialysis catheter placed by IR yesterday - dressing CDI.
Renal: nephrology note today states no renal recovery expected, now ESRD, will need outpt HD.
Pt ambulated 30 ft with walker.
"""),
("2022-08-10", "Step-Down Progress Note", """
HOSPITALIST PROGRESS NOTE - SDU (readmitted 8/8 from rehab for pain/fevers)
49F morbid obesity, now ESRD on HD via L IJ TDC (TTS), no DM (A1c 5.4), remote warfarin for DVT.
S: severe pain R groin, "like a hot knife", began early August at rehab, worse each day. Rehab thought cellulitis, got 3 d of doxycycline.
O: afebrile today. R groin (inguinal crease), centered on the old femoral dialysis catheter insertion site (scar + 2 suture marks still visible): round woody plaque ~5 cm across whose middle is a black eschar, retiform purpuric margin, no pus, no fluctuance. CT: no gas, no collection.
A: necrotic plaque at the prior R femoral line site; infection less likely; concern for calciphylaxis given ESRD, obesity. Ddx warfarin-related necrosis doesn't fit (not on it).
P: derm consult for bx, wound RN, hold antibiotics, hydromorphone PCA renal dosed.
"""),
("2022-08-16", "Dermatology Consult Note", """
Derm inpatient consult - final
Bx R groin (8/11): extensive calcification of small-caliber vessels in subcutaneous fat, microthrombi, necrosis. Tissue cultures no growth. Impression: calciphylaxis.
The plaque occupies the skin where the R femoral dialysis catheter sat 7/11-7/19; started at the beginning of this month, a few weeks after the catheter was pulled. Reasonable to call this koebnerization at a catheter/procedure site.
BMI 44.1. No lesions elsewhere on exam (abdomen pannus, thighs, breasts, legs checked).
Plan: thiosulfate 25 gm IV at the end of every HD run; d/c calcium carbonate; cinacalcet, hyperbaric O2 referral, avoid further femoral lines.
"""),
]}

S05 = {"patient_id": "S05", "age": 66, "sex": "M", "notes": [
("2023-12-11", "MICU Admission Note", """
MICU H&P
CC: weakness, K 7.4 after missing HD x2.
HPI: 66 yo man, dialysis-dependent since 2017 (ESRD), L upper arm graft, MWF chair, AF on warfarin, presented via EMS w/ bradycardia 38 and peaked T waves. Calcium gluconate, insulin/dextrose x1 and bicarb in ED; emergent HD tonight via graft.
Skipped dialysis because of "hip pain, couldn't sit in the chair". He fell on the back patio steps at home on Thanksgiving and scraped the outer part of his right hip - wife cleaned it, it scabbed. Then Saturday 12/9 the same spot got very painful and turned dark.
PMH: A1c 6.1 = prediabetes, untreated; AF, HTN, BPH.
Exam: over the R greater trochanter (lateral hip): 6 x 4 cm black eschar with surrounding violaceous indurated rim and livedo, extremely tender; the old abrasion outline is visible within it. L hip intact. Sacrum intact.
INR 3.4 -> warfarin held.
BMI 27.8.
A/P: hyperK - HD tonight, tele. necrotic R hip lesion at the spot he grazed on the patio: r/o calciphylaxis vs infected abrasion/necrotizing infection; CT hip, blood cx, vanc/pip-tazo for now, derm + surgery consult in AM.
"""),
("2023-12-12", "ICU Nursing Shift Note", """
Nsg 0700-1900
Neuro: A&O, anxious.
CV: AF rate 80-90s post HD. Warfarin on hold.
Renal: HD overnight 3 hrs, net UF 2.1 L, graft +thrill/bruit.
Skin/wound: R lateral hip - black eschar w/ purple lacy border, edges hard, no drainage, no odor; measured 6.2 x 4.1 cm. Pain 10/10 with any touch incl. sheet. Waffle overlay, positioned off R side. Heels floated. No other breakdown.
Gen surg saw - no gas on CT, no debridement indicated now. Derm did 2 punch bx at lesion border 1400.
Wife at bedside, states the scrape "was just a normal scrape until about 2 weeks later".
"""),
("2023-12-19", "ICU to Floor Transfer Summary", """
TRANSFER NOTE MICU -> 4 West
Dx: 1) hyperkalemia due to missed HD - resolved. 2) R lat hip calciphylaxis - proven on biopsy (12/12 bx: calcified subcutaneous arterioles, thrombosis, panniculitis; von Kossa positive). Onset 12/9/2023 in the healed abrasion from his fall on 11/23 (Thanksgiving) - derm considers the abrasion the local trigger. 3) AF - warfarin permanently stopped given calciphylaxis; apixaban started.
Abx stopped 12/14 (cx neg).
Meds: Na thiosulfate 25 g post-HD each run, sevelamer, cinacalcet, apixaban 2.5 bid, gabapentin 100 qHS, oxycodone prn.
No DM - prediabetes only.
Skin: R hip eschar unchanged, no new lesions.
"""),
]}

S06 = {"patient_id": "S06", "age": 74, "sex": "F", "notes": [
("2024-07-19", "Step-Down Hospitalist Progress Note", """
SDU PROGRESS NOTE HD#4
74F CKD IV (last eGFR 19; pre-dialysis - vein mapping done, fistula not yet placed), T2DM on insulin, obesity (BMI 38.3), chronic AF (rate control only, declined anticoagulation incl. warfarin in the past), admitted 7/15 from Brookmere Rehab with CHF exacerbation.
Interval: c/o increasing pain back of R arm.
Med review: enoxaparin 30 mg SC daily for VTE ppx since her June admission (started at Brookmere for post-op immobility after her June hernia repair; continued here). Because of the new mesh, the rehab and our RNs have been giving every enoxaparin dose into the right arm (posterior upper arm, triceps area). Insulin glargine 20u + lispro SSI she takes in her thighs.
Exam: R posterior upper arm - 5 x 3.5 cm firm, dusky purple indurated plaque, central 1 cm dark necrotic area, faint livedo around it; onset ~10 days ago per pt ("thought it was a bruise from the shots"). L arm normal. Abd: healing periumbilical incision, mesh site non-tender.
A/P:
#R arm necrotic plaque at enoxaparin site - enox hematoma vs calciphylaxis (non-uremic/CKD), vs skin necrosis from heparin (HIT) - PF4 sent. Stop enoxaparin, use SCDs. Derm c/s for bx.
"""),
("2024-07-20", "Nursing Shift Note", """
RN note day shift
VSS. 2L NC for comfort. Wt 101.6 kg.
R posterior upper arm wound: dusky plaque w/ darker center, no drainage, very tender - pt refuses BP cuff on R arm, BP cuff moved to L forearm. Marked borders with skin marker.
Enoxaparin d/c'd per MD. SCD sleeves placed bilat LE for VTE ppx.
Insulin lispro 2u given L lateral thigh per pt preference, glargine hs.
Derm PA did punch bx 1330, pressure dsg.
PF4 Ab negative per lab.
"""),
("2024-07-24", "Dermatology Consult Note", """
DERMATOLOGY CONSULT
Histopath R upper arm (7/20): subcutaneous small-caliber vessels with circumferential mural calcium and fibrin thrombi; adjacent adipocytes necrotic. Calcium stain +. Negative for vasculitis; GMS and Gram stains without organisms.
Diagnosis: calciphylaxis, occurring in CKD 4 without dialysis.
The plaque lies in the exact area used for her daily enoxaparin since June; onset 7/9 per pt. We think the repeated injections precipitated it locally. PF4 neg - HIT necrosis unlikely.
Risk factors: obesity, diabetes on insulin, CKD 4, female. No warfarin ever.
Recs: avoid SC injections to arms; thighs ok for insulin for now but watch; nephrology re: STS in non-dialysis pt; wound care; pain control.
"""),
]}

S07 = {"patient_id": "S07", "age": 58, "sex": "M", "notes": [
("2025-01-22", "Nursing Shift Note", """
Step-down 5N, 1900-0700
58M ESRD on PD (CAPD, 4 exchanges/day; PD cath exits L of umbilicus, site clean/dry). Admitted 1/17 for hypertensive urgency + volume overload.
Pain: R flank/low back musculoskeletal pain (chronic), 6/10. K-pad (aquathermia warm-water pad) in use to R flank since Monday - MLK Day - per order, temp set 40 C. Reapplied after each exchange. Skin check under K-pad at 2200: pink, warm, intact.
PD overnight exchanges done by RN, effluent clear.
DM2: linagliptin, no insulin at home; BG 140-190.
Wt 89 kg. BMI 29.6 (overweight).
"""),
("2025-02-05", "Step-Down Progress Note", """
Hospitalist PN (Dr. Whitcombe)
Still in house - awaiting PD training refresh and SNF bed.
New issue: pt reports new very painful R flank "bruise" since Monday 2/3 (day after K-pad was finally stopped).
Exam: R flank, same area where K-pad was used daily since 1/20: 8 x 5 cm purple, indurated, net-like plaque w/ 2 small central dark necrotic foci; hyperesthesia. No fluctuance. No lesions on L side or abdomen. Exit site of PD catheter looks fine.
Labs today - corrected calcium 10.2 / phosphorus 6.9; iPTH 780. On calcium acetate.
Assessment: painful retiform purpuric plaque in a PD pt at site of heat exposure - erythema ab igne doesn't explain necrosis/pain - concerned for calciphylaxis; thermal burn less likely (was checked q4h).
Plan: derm consult, stop calcium acetate -> sevelamer, wound care.
"""),
("2025-02-12", "Transfer Summary - Step-Down to SNF", """
DISCHARGE/TRANSFER SUMMARY
Patient: 58 y.o. male. Dispo: Birchwood Skilled Nursing (PD capable).
Principal dx: hypertensive urgency, resolved.
New dx: CALCIPHYLAXIS, R flank (punch bx 2/6: calcified subcutaneous vessels, thrombosis, necrosis, von Kossa +). Onset 2/3/25 under the aquathermia pad that had been on his R flank since MLK Day (1/20/25); derm felt the repeated heat was the trigger (Koebner-type).
Other: ESRD on CAPD; T2DM non-insulin (linagliptin); not anticoagulated, no warfarin hx; BMI 29.6.
Instructions to SNF: NO heating pads, K-pads or ice to skin. Sodium thiosulfate via PD team / IV at outpatient infusion 3x/wk. Dressing: silicone foam q3d. Pain: acetaminophen, gabapentin 100 mg qHS.
Follow-up: derm 2 wks, nephrology 1 wk.
"""),
]}

PATIENTS = [S01, S02, S03, S04, S05, S06, S07]
